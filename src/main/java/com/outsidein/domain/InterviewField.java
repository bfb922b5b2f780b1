package com.outsidein.domain;

/** The long-text fields of an interview that observations can highlight. */
public enum InterviewField {
  NOTES,
  TRANSCRIPT
}
