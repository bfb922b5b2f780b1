package com.outsidein.domain;

/** How far a Do entry has got. */
public enum Progress {
  NOT_STARTED,
  IN_PROGRESS,
  DONE
}
