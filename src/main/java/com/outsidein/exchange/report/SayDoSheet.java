package com.outsidein.exchange.report;

import com.outsidein.domain.SayDoRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/** Per code: how many says, does and says-they-do, their mean sentiments and the flagged gap. */
final class SayDoSheet {

  private SayDoSheet() {}

  static void write(SheetWriter out, List<SayDoRow> rows) {
    int header =
        out.header(
            List.of(
                ReportText.get("sayDo.code"),
                ReportText.get("sayDo.says"),
                ReportText.get("sayDo.does"),
                ReportText.get("sayDo.saysTheyDo"),
                ReportText.get("sayDo.meanSaysTheyDo"),
                ReportText.get("sayDo.meanDoes"),
                ReportText.get("sayDo.gap"),
                ReportText.get("sayDo.flag")),
            1,
            2,
            3,
            4,
            5,
            6);
    out.maxWidth(0, 50);
    for (int column = 1; column <= 7; column++) {
      out.maxWidth(column, 14);
    }
    Styles styles = out.styles();
    for (SayDoRow r : rows) {
      Row row = out.row();
      out.text(row, 0, r.path());
      out.number(row, 1, r.says());
      out.number(row, 2, r.does());
      out.number(row, 3, r.saysTheyDo());
      out.number(row, 4, r.meanSaysTheyDo(), styles.decimal);
      out.number(row, 5, r.meanDoes(), styles.decimal);
      out.number(row, 6, r.gap(), styles.decimal);
      if (r.flagged()) {
        out.text(row, 7, ReportText.get("sayDo.flagged"), styles.flag);
      }
    }
    out.table(header, 7);
    out.finish();
    out.skipRow();
    out.paragraph(
        ReportText.get("sayDo.note", SayDoRow.MIN_RATED, SayDoRow.FLAG_GAP), 7, styles.subtitle);
  }
}
