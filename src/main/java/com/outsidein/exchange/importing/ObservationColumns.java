package com.outsidein.exchange.importing;

import java.util.List;
import java.util.Set;

/** The columns of the observation import format (ARCHITECTURE.md), as the header names them. */
final class ObservationColumns {

  static final String ID = "id";
  static final String INTERVIEW = "interview";
  static final String INTERVIEW_DATE = "interview_date";
  static final String PARTICIPANT = "participant";
  static final String PARTICIPANT_EMAIL = "participant_email";
  static final String ROLE = "role";
  static final String ACCOUNT = "account";
  static final String SEGMENT = "segment";
  static final String INTERVIEWER = "interviewer";
  static final String CHANNEL = "channel";
  static final String JOURNEY_STAGE = "journey_stage";
  static final String TOUCHPOINT = "touchpoint";
  static final String FUNCTION = "function";
  static final String KIND = "kind";
  static final String OBSERVATION = "observation";
  static final String QUOTE = "quote";
  static final String CODES = "codes";
  static final String SENTIMENT = "sentiment";

  static final Set<String> ALL =
      Set.of(
          ID,
          INTERVIEW,
          INTERVIEW_DATE,
          PARTICIPANT,
          PARTICIPANT_EMAIL,
          ROLE,
          ACCOUNT,
          SEGMENT,
          INTERVIEWER,
          CHANNEL,
          JOURNEY_STAGE,
          TOUCHPOINT,
          FUNCTION,
          KIND,
          OBSERVATION,
          QUOTE,
          CODES,
          SENTIMENT);

  static final List<String> REQUIRED = List.of(OBSERVATION);

  private ObservationColumns() {}
}
