package com.outsidein.domain;

public enum StudyStatus {
  PLANNED,
  RUNNING,
  DONE
}
