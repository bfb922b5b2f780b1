package com.outsidein.exchange.report;

import com.outsidein.domain.ReportCode;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/** The code tree, indented by level, with definitions, colours and counts. */
final class CodebookSheet {

  private CodebookSheet() {}

  static void write(SheetWriter out, List<ReportCode> codes) {
    int header =
        out.header(
            List.of(
                ReportText.get("codebook.code"),
                ReportText.get("codebook.path"),
                ReportText.get("codebook.definition"),
                ReportText.get("codebook.memo"),
                ReportText.get("codebook.colour"),
                ReportText.get("codebook.observations"),
                ReportText.get("codebook.within")),
            5,
            6);
    out.maxWidth(0, 24);
    out.maxWidth(1, 28);
    out.maxWidth(2, 42);
    out.maxWidth(3, 24);
    Styles styles = out.styles();
    for (ReportCode c : codes) {
      Row row = out.row();
      out.text(
          row,
          0,
          c.code().name(),
          styles.indented(c.depth() == 0 ? styles.bold : styles.text, c.depth()));
      out.text(row, 1, c.path());
      out.text(row, 2, c.code().definition());
      out.text(row, 3, c.code().memo());
      out.text(row, 4, c.code().colour(), styles.filled(styles.text, c.code().colour()));
      out.number(row, 5, c.observations());
      out.number(row, 6, c.observationsWithin());
    }
    out.table(header, 6);
    out.finish();
  }
}
