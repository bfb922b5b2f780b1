package com.outsidein.exchange.report;

import com.outsidein.domain.ReportObservation;
import com.outsidein.service.ReportService;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.poi.ss.usermodel.Row;

/**
 * One row per observation, in id order, with exactly the columns of the observation import format
 * (see {@link ReportSheets#OBSERVATION_COLUMNS}), so the sheet imports back. The verbatim words of
 * a speaker who has not agreed to be quoted (the quote, and those words in the text) are written
 * withheld. Read page by page: memory stays bounded.
 */
final class ObservationsSheet {

  /** How many rows pass between progress reports. */
  private static final int REPORT_EVERY = 500;

  private ObservationsSheet() {}

  /** Where each observation landed, and how many quotes the sheet withholds. */
  record Written(RowIndex rows, int withheldQuotes) {}

  /** Writes the sheet. */
  static Written write(
      SheetWriter out, ReportService reports, Long studyId, Executor readAhead, Steps steps) {
    int header = out.header(ReportSheets.OBSERVATION_COLUMNS);
    out.maxWidth(1, 40);
    out.maxWidth(14, 60);
    out.maxWidth(15, 60);
    out.maxWidth(16, 40);
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
    out.finish();
    return new Written(index, withheld[0]);
  }

  private static void write(SheetWriter out, Row row, ReportObservation o) {
    out.number(row, 0, o.id());
    out.text(row, 1, o.interview());
    out.date(row, 2, o.interviewDate());
    out.text(row, 3, o.participant());
    out.text(row, 4, o.participantEmail());
    out.text(row, 5, o.role());
    out.text(row, 6, o.account());
    out.text(row, 7, o.segment());
    out.text(row, 8, o.interviewer());
    out.text(row, 9, o.channel());
    out.text(row, 10, o.journeyStage());
    out.text(row, 11, o.touchpoint());
    out.text(row, 12, o.function());
    out.text(row, 13, o.kind().code());
    out.text(row, 14, o.exportedText());
    out.text(row, 15, o.exportedQuote());
    out.text(row, 16, codes(o.codePaths()));
    out.number(row, 17, o.sentiment());
  }

  private static String codes(List<String> paths) {
    return paths.isEmpty() ? null : String.join("; ", paths);
  }
}
