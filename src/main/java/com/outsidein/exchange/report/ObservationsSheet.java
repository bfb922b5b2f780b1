package com.outsidein.exchange.report;

import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ReportObservation;
import com.outsidein.service.ReportService;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.poi.ss.usermodel.Row;

/**
 * One row per observation, in id order, with the columns of the observation import format under
 * headers a reader reads (see {@link ReportSheets#OBSERVATION_HEADERS}) and kinds as words ("Says
 * they do"), both of which the import accepts, so the sheet imports back. The verbatim words of a
 * speaker who has not agreed to be quoted (the quote, and those words in the text) are written
 * withheld. Read page by page: memory stays bounded.
 */
final class ObservationsSheet {

  private static final int ID = 0;
  private static final int INTERVIEW = 1;
  private static final int DATE = 2;
  private static final int PARTICIPANT = 3;
  private static final int ACCOUNT = 4;
  private static final int STAGE = 5;
  private static final int KIND = 6;
  private static final int TEXT = 7;
  private static final int QUOTE = 8;
  private static final int CODES = 9;
  private static final int SENTIMENT = 10;
  private static final int ROLE = 11;
  private static final int SEGMENT = 12;
  private static final int INTERVIEWER = 13;
  private static final int CHANNEL = 14;
  private static final int TOUCHPOINT = 15;
  private static final int FUNCTION = 16;
  private static final int EMAIL = 17;

  /** How many rows pass between progress reports. */
  private static final int REPORT_EVERY = 500;

  private ObservationsSheet() {}

  /** Where each observation landed, and how many quotes the sheet withholds. */
  record Written(RowIndex rows, int withheldQuotes) {}

  /** Writes the sheet. */
  static Written write(
      SheetWriter out, ReportService reports, Long studyId, Executor readAhead, Steps steps) {
    int header = out.header(ReportSheets.OBSERVATION_HEADERS, ID, DATE, SENTIMENT);
    out.maxWidth(INTERVIEW, 18);
    out.maxWidth(PARTICIPANT, 16);
    out.maxWidth(ACCOUNT, 14);
    out.maxWidth(STAGE, 10);
    out.maxWidth(KIND, 12);
    out.maxWidth(TEXT, 34);
    out.maxWidth(QUOTE, 28);
    out.maxWidth(CODES, 20);
    out.maxWidth(SENTIMENT, 9);
    RowIndex index = new RowIndex(header + 1);
    int[] withheld = {0};
    reports.forEachObservationPage(
        studyId,
        readAhead,
        page -> {
          int sinceReport = 0;
          for (ReportObservation o : page) {
            steps.check();
            index.add(o.id());
            if (o.quoteWithheld()) {
              withheld[0]++;
            }
            write(out, out.row(), o);
            if (++sinceReport == REPORT_EVERY) {
              steps.advance(sinceReport);
              sinceReport = 0;
            }
          }
          steps.advance(sinceReport);
        });
    out.table(header, ReportSheets.OBSERVATION_COLUMNS.size() - 1);
    out.printColumns(ReportSheets.OBSERVATION_PRINTED[0], ReportSheets.OBSERVATION_PRINTED[1]);
    out.finish();
    return new Written(index, withheld[0]);
  }

  private static void write(SheetWriter out, Row row, ReportObservation o) {
    out.number(row, ID, o.id());
    out.text(row, INTERVIEW, o.interview());
    out.date(row, DATE, o.interviewDate());
    out.text(row, PARTICIPANT, o.participant());
    out.text(row, ACCOUNT, o.account());
    out.text(row, STAGE, o.journeyStage());
    out.text(row, KIND, kind(o.kind()));
    out.text(row, TEXT, o.exportedText());
    out.text(row, QUOTE, o.exportedQuote());
    out.text(row, CODES, codes(o.codePaths()));
    out.number(row, SENTIMENT, o.sentiment());
    out.text(row, ROLE, o.role());
    out.text(row, SEGMENT, o.segment());
    out.text(row, INTERVIEWER, o.interviewer());
    out.text(row, CHANNEL, o.channel());
    out.text(row, TOUCHPOINT, o.touchpoint());
    out.text(row, FUNCTION, o.function());
    out.text(row, EMAIL, o.participantEmail());
  }

  /** A kind as a reader reads it, "Says they do", which the import reads as says-they-do. */
  static String kind(ObservationKind kind) {
    String words = kind.code().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String codes(List<String> paths) {
    return paths.isEmpty() ? null : String.join("; ", paths);
  }
}
