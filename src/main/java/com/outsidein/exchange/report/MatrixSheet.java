package com.outsidein.exchange.report;

import com.outsidein.domain.CodeMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** Codes down, the values of a dimension across, observation counts shaded from white to blue. */
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
    int header = out.header(names, IntStream.range(1, names.size()).toArray());
    out.maxWidth(0, 50);
    for (int i = 1; i < names.size(); i++) {
      out.maxWidth(i, 16);
    }
    Styles styles = out.styles();
    for (CodeMatrix.Row r : matrix.rows()) {
      Row row = out.row();
      String name = r.path().substring(r.path().lastIndexOf('/') + 1);
      out.text(
          row, 0, name, styles.indented(r.depth() == 0 ? styles.bold : styles.text, r.depth()));
      for (int i = 0; i < r.counts().size(); i++) {
        out.number(row, i + 1, r.counts().get(i));
      }
      out.number(row, names.size() - 1, r.total(), styles.total);
    }
    out.table(header, names.size() - 1);
    out.finish();
    int lastRow = out.nextRow() - 1;
    if (lastRow > header && !matrix.columns().isEmpty()) {
      shade(out, new CellRangeAddress(header + 1, lastRow, 1, matrix.columns().size()));
    }
  }

  private static void shade(SheetWriter out, CellRangeAddress counts) {
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
