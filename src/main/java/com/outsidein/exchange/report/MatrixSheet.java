package com.outsidein.exchange.report;

import com.outsidein.domain.CodeMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Codes down (indented by level, as on the Codebook sheet), the values of a dimension across: how
 * many observations are coded directly with each code, as the synthesis screen counts them. A zero
 * is left empty; a colour scale (a conditional format, so it follows edits) shades the counts; a
 * Total column sums each row and a Total row each column.
 */
final class MatrixSheet {

  private MatrixSheet() {}

  static void write(SheetWriter out, CodeMatrix matrix) {
    String dimension = ReportText.of(matrix.dimension());
    List<String> names = new ArrayList<>();
    names.add(ReportText.get("matrix.code"));
    for (CodeMatrix.Column column : matrix.columns()) {
      names.add(column.isNotSet() ? ReportText.get("matrix.notSet", dimension) : column.name());
    }
    names.add(ReportText.get("matrix.total"));
    // The caps first, so that a header longer than its column ("Large enterprise") wraps and its
    // row grows to show both lines rather than being cut at the top.
    out.maxWidth(0, 36);
    for (int i = 1; i < names.size(); i++) {
      out.maxWidth(i, 11);
    }
    int header = out.header(names, IntStream.range(1, names.size()).toArray());
    Styles styles = out.styles();
    int[] totals = new int[matrix.columns().size() + 1];
    for (CodeMatrix.Row r : matrix.rows()) {
      Row row = out.row();
      code(out, row, 0, r.path(), r.depth());
      for (int i = 0; i < r.counts().size(); i++) {
        count(out, row, i + 1, r.counts().get(i), styles.integer);
        totals[i] += r.counts().get(i);
      }
      count(out, row, names.size() - 1, r.total(), styles.total);
      totals[totals.length - 1] += r.total();
    }
    int lastCount = out.nextRow() - 1;
    out.table(header, names.size() - 1);
    Row total = out.row();
    out.text(total, 0, ReportText.get("matrix.total"), styles.bold);
    for (int i = 0; i < totals.length; i++) {
      count(out, total, i + 1, totals[i], styles.total);
    }
    out.finish();
    out.skipRow();
    out.paragraph(ReportText.get("matrix.note"), names.size() - 1, styles.subtitle);
    if (lastCount > header && !matrix.columns().isEmpty()) {
      shade(out, new CellRangeAddress(header + 1, lastCount, 1, matrix.columns().size()));
    }
  }

  /** A code's own name, indented by its level as on the Codebook sheet; top-level codes bold. */
  static void code(SheetWriter out, Row row, int column, String path, int depth) {
    Styles styles = out.styles();
    String name = path.substring(path.lastIndexOf('/') + 1);
    out.text(row, column, name, styles.indented(depth == 0 ? styles.bold : styles.text, depth));
  }

  /** A count, or nothing for zero: an empty cell reads faster than a page of zeros. */
  static void count(SheetWriter out, Row row, int column, int value, CellStyle style) {
    if (value != 0) {
      out.number(row, column, value, style);
    }
  }

  /** Shades the counts from white to blue with a colour scale that Excel keeps live. */
  static void shade(SheetWriter out, CellRangeAddress counts) {
    SheetConditionalFormatting formatting = out.sheet().getSheetConditionalFormatting();
    ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
    ColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(2);
    scale.getThresholds()[0].setRangeType(RangeType.MIN);
    scale.getThresholds()[1].setRangeType(RangeType.MAX);
    scale.setColors(
        new org.apache.poi.ss.usermodel.Color[] {
          new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null),
          new XSSFColor(new byte[] {(byte) 0x7F, (byte) 0xB1, (byte) 0xDD}, null)
        });
    formatting.addConditionalFormatting(new CellRangeAddress[] {counts}, rule);
  }
}
