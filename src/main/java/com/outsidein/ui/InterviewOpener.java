package com.outsidein.ui;

/** Opens an interview at the passage an observation highlights (or just the interview). */
@FunctionalInterface
public interface InterviewOpener {

  void open(long interviewId, long observationId);
}
