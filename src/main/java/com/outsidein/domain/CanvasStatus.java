package com.outsidein.domain;

public enum CanvasStatus {
  DRAFT,
  ACTIVE,
  ARCHIVED
}
