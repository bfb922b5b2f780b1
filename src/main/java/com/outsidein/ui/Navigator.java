package com.outsidein.ui;

import com.outsidein.domain.InterviewField;
import com.outsidein.domain.TextSpan;

/**
 * Takes the person to a place in the workspace: an interview's passage, an observation, an insight.
 */
public interface Navigator {

  /** Opens an interview with a stretch of its notes or transcript selected. */
  void openPassage(long interviewId, InterviewField field, TextSpan passage);

  /** Opens an observation: in its interview when it has one, else in the observations table. */
  void openObservation(long observationId, Long interviewId);

  /** Opens an insight on the insight board. */
  void openInsight(long insightId);
}
