package com.outsidein.exchange.report;

import com.outsidein.domain.SayDoRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Per code (indented by level, as on the Codebook sheet): how many says, does and says-they-do, as
 * the synthesis screen counts them, with a total per row and per column and the counts shaded; then
 * their mean sentiments and the flagged gap. A zero is left empty. A code with no counts of its own
 * appears as a heading when a code below it has some, so every row reads in its place.
 */
final class SayDoSheet {

  private static final int SAYS = 1;
  private static final int DOES = 2;
  private static final int SAYS_THEY_DO = 3;
  private static final int TOTAL = 4;
  private static final int MEAN_SAYS_THEY_DO = 5;
  private static final int MEAN_DOES = 6;
  private static final int GAP = 7;
  private static final int FLAG = 8;

  private SayDoSheet() {}

  static void write(SheetWriter out, List<SayDoRow> rows) {
    int header =
        out.header(
            List.of(
                ReportText.get("sayDo.code"),
                ReportText.get("sayDo.says"),
                ReportText.get("sayDo.does"),
                ReportText.get("sayDo.saysTheyDo"),
                ReportText.get("sayDo.total"),
                ReportText.get("sayDo.meanSaysTheyDo"),
                ReportText.get("sayDo.meanDoes"),
                ReportText.get("sayDo.gap"),
                ReportText.get("sayDo.flag")),
            SAYS,
            DOES,
            SAYS_THEY_DO,
            TOTAL,
            MEAN_SAYS_THEY_DO,
            MEAN_DOES,
            GAP);
    out.maxWidth(0, 36);
    for (int column = SAYS; column <= FLAG; column++) {
      out.maxWidth(column, 14);
    }
    Styles styles = out.styles();
    int[] totals = new int[4];
    Set<String> shown = new HashSet<>();
    for (SayDoRow r : rows) {
      List<String> names = List.of(r.path().split("/"));
      StringBuilder above = new StringBuilder();
      for (int level = 0; level < names.size() - 1; level++) {
        above.append(level == 0 ? "" : "/").append(names.get(level));
        if (shown.add(above.toString())) {
          MatrixSheet.code(out, out.row(), 0, above.toString(), level);
        }
      }
      shown.add(r.path());
      Row row = out.row();
      MatrixSheet.code(out, row, 0, r.path(), names.size() - 1);
      int total = r.says() + r.does() + r.saysTheyDo();
      MatrixSheet.count(out, row, SAYS, r.says(), styles.integer);
      MatrixSheet.count(out, row, DOES, r.does(), styles.integer);
      MatrixSheet.count(out, row, SAYS_THEY_DO, r.saysTheyDo(), styles.integer);
      MatrixSheet.count(out, row, TOTAL, total, styles.total);
      totals[0] += r.says();
      totals[1] += r.does();
      totals[2] += r.saysTheyDo();
      totals[3] += total;
      out.number(row, MEAN_SAYS_THEY_DO, r.meanSaysTheyDo(), styles.decimal);
      out.number(row, MEAN_DOES, r.meanDoes(), styles.decimal);
      out.number(row, GAP, r.gap(), styles.decimal);
      if (r.flagged()) {
        out.text(row, FLAG, ReportText.get("sayDo.flagged"), styles.flag);
      }
    }
    int lastCount = out.nextRow() - 1;
    out.table(header, FLAG);
    Row total = out.row();
    out.text(total, 0, ReportText.get("sayDo.total"), styles.bold);
    for (int i = 0; i < totals.length; i++) {
      MatrixSheet.count(out, total, SAYS + i, totals[i], styles.total);
    }
    out.finish();
    out.skipRow();
    out.paragraph(
        ReportText.get("sayDo.note", SayDoRow.MIN_RATED, SayDoRow.FLAG_GAP), FLAG, styles.subtitle);
    if (lastCount > header) {
      MatrixSheet.shade(out, new CellRangeAddress(header + 1, lastCount, SAYS, SAYS_THEY_DO));
    }
  }
}
