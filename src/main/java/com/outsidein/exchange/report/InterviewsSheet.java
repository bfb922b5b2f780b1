package com.outsidein.exchange.report;

import com.outsidein.domain.ReportInterview;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * One row per interview, oldest first: who took part (by name), their accounts and segments, and
 * how many observations and insights of the report it is behind.
 */
final class InterviewsSheet {

  private InterviewsSheet() {}

  static void write(SheetWriter out, List<ReportInterview> interviews) {
    int header =
        out.header(
            List.of(
                ReportText.get("interviews.date"),
                ReportText.get("interviews.title"),
                ReportText.get("interviews.study"),
                ReportText.get("interviews.interviewer"),
                ReportText.get("interviews.participants"),
                ReportText.get("interviews.accounts"),
                ReportText.get("interviews.segments"),
                ReportText.get("interviews.channel"),
                ReportText.get("interviews.stage"),
                ReportText.get("interviews.observations"),
                ReportText.get("interviews.insights")),
            0,
            9,
            10);
    out.maxWidth(1, 26);
    out.maxWidth(2, 16);
    out.maxWidth(3, 16);
    out.maxWidth(4, 26);
    out.maxWidth(5, 18);
    out.maxWidth(6, 16);
    out.maxWidth(7, 10);
    out.maxWidth(8, 10);
    for (ReportInterview i : interviews) {
      Row row = out.row();
      out.date(row, 0, i.heldOn());
      out.text(row, 1, i.title());
      out.text(row, 2, i.study());
      out.text(row, 3, i.interviewer());
      out.text(row, 4, i.participants());
      out.text(row, 5, i.accounts());
      out.text(row, 6, i.segments());
      out.text(row, 7, i.channel());
      out.text(row, 8, i.journeyStage());
      out.number(row, 9, i.observations());
      out.number(row, 10, i.insights());
    }
    out.table(header, 10);
    out.finish();
  }
}
