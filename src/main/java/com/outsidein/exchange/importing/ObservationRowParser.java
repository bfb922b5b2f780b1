package com.outsidein.exchange.importing;

import static com.outsidein.exchange.importing.ObservationColumns.ACCOUNT;
import static com.outsidein.exchange.importing.ObservationColumns.CHANNEL;
import static com.outsidein.exchange.importing.ObservationColumns.CODES;
import static com.outsidein.exchange.importing.ObservationColumns.FUNCTION;
import static com.outsidein.exchange.importing.ObservationColumns.INTERVIEW;
import static com.outsidein.exchange.importing.ObservationColumns.INTERVIEWER;
import static com.outsidein.exchange.importing.ObservationColumns.INTERVIEW_DATE;
import static com.outsidein.exchange.importing.ObservationColumns.JOURNEY_STAGE;
import static com.outsidein.exchange.importing.ObservationColumns.KIND;
import static com.outsidein.exchange.importing.ObservationColumns.OBSERVATION;
import static com.outsidein.exchange.importing.ObservationColumns.PARTICIPANT;
import static com.outsidein.exchange.importing.ObservationColumns.PARTICIPANT_EMAIL;
import static com.outsidein.exchange.importing.ObservationColumns.QUOTE;
import static com.outsidein.exchange.importing.ObservationColumns.ROLE;
import static com.outsidein.exchange.importing.ObservationColumns.SEGMENT;
import static com.outsidein.exchange.importing.ObservationColumns.SENTIMENT;
import static com.outsidein.exchange.importing.ObservationColumns.TOUCHPOINT;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.EmailAddress;
import com.outsidein.domain.ImportedObservation;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.exchange.ExchangeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns one row of an observation file into an {@link ImportedObservation}, noting problems. */
final class ObservationRowParser {

  static final int MAX_TEXT = 20_000;
  static final int MAX_NAME = 300;
  static final int MAX_VALUE = 200;
  static final int MAX_EMAIL = 320;
  static final int MAX_CODES_PER_CELL = 100;

  private final CellRules cells;

  ObservationRowParser(CellRules cells) {
    this.cells = cells;
  }

  /** The row, or null when one of its values broke a rule (the problem is noted). */
  ImportedObservation parse(int number, List<String> row) {
    cells.startRow(number, row);
    int before = problemCount();
    String text = cells.required(OBSERVATION, MAX_TEXT);
    ObservationKind kind = kind();
    Integer sentiment =
        cells.integer(SENTIMENT, Observation.MIN_SENTIMENT, Observation.MAX_SENTIMENT);
    List<List<String>> codes = codes();
    ImportedObservation parsed =
        new ImportedObservation(
            number,
            text,
            cells.text(QUOTE, MAX_TEXT),
            kind,
            sentiment,
            cells.text(INTERVIEW, MAX_NAME),
            cells.date(INTERVIEW_DATE),
            cells.text(PARTICIPANT, MAX_NAME),
            email(),
            cells.text(ROLE, MAX_NAME),
            cells.text(ACCOUNT, MAX_NAME),
            cells.text(SEGMENT, MAX_VALUE),
            cells.text(INTERVIEWER, MAX_VALUE),
            cells.text(CHANNEL, MAX_VALUE),
            cells.text(JOURNEY_STAGE, MAX_VALUE),
            cells.text(TOUCHPOINT, MAX_VALUE),
            cells.text(FUNCTION, MAX_VALUE),
            codes);
    return problemCount() == before ? parsed : null;
  }

  private int problemCount() {
    return cells.problemCount();
  }

  private ObservationKind kind() {
    String value = cells.raw(KIND);
    // "Says they do" as the report writes it, or says-they-do as the format does.
    String code = value == null ? null : value.strip().replaceAll("\\s+", "-");
    return ObservationKind.fromCode(code)
        .orElseGet(
            () -> {
              cells.problem(KIND, ExchangeText.get("problem.notAKind", value));
              return ObservationKind.NOTE;
            });
  }

  private String email() {
    String email = cells.email(PARTICIPANT_EMAIL, MAX_EMAIL);
    if (email != null && !EmailAddress.isValid(email)) {
      cells.problem(PARTICIPANT_EMAIL, EmailAddress.problem(email));
      return null;
    }
    return email;
  }

  private List<List<String>> codes() {
    String value = cells.raw(CODES);
    List<List<String>> paths = new ArrayList<>();
    if (value == null) {
      return paths;
    }
    List<String> written = Arrays.stream(value.split(";")).filter(path -> !path.isBlank()).toList();
    if (written.size() > MAX_CODES_PER_CELL) {
      cells.problem(
          CODES, ExchangeText.get("problem.tooManyCodes", written.size(), MAX_CODES_PER_CELL));
      return List.of();
    }
    Set<List<String>> seen = new HashSet<>();
    for (String path : written) {
      List<String> names = CodeTree.splitPath(path);
      if (names.isEmpty()) {
        continue;
      }
      if (names.size() > Code.MAX_DEPTH) {
        cells.problem(
            CODES, ExchangeText.get("problem.codePathTooDeep", names.size(), Code.MAX_DEPTH));
        return List.of();
      }
      if (names.stream().anyMatch(n -> n.length() > MAX_VALUE)) {
        cells.problem(CODES, ExchangeText.get("problem.codeNameTooLong", MAX_VALUE));
        return List.of();
      }
      if (seen.add(names)) {
        paths.add(names);
      }
    }
    return paths;
  }
}
