package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrices of the sample's report: no zeros, live shading, totals, codes as indented. */
class MatricesTest {

  private static final List<String> MATRICES =
      List.of(
          ReportSheets.CODE_BY_SEGMENT, ReportSheets.CODE_BY_JOURNEY_STAGE, ReportSheets.SAY_DO);

  @TempDir static Path folder;
  private static SampleReport report;

  @BeforeAll
  static void write() throws Exception {
    report = SampleReport.write(folder);
  }

  @AfterAll
  static void close() throws Exception {
    report.close();
  }

  /** The columns of counts: every numeric column but the means of the say–do sheet. */
  private static List<Integer> countColumns(Sheet sheet) {
    List<String> headers = Workbooks.row(sheet, 0);
    List<Integer> columns = new ArrayList<>();
    for (int c = 1; c < headers.size(); c++) {
      String header = headers.get(c);
      if (!header.startsWith("Mean") && !header.equals("Gap") && !header.equals("Say–do gap")) {
        columns.add(c);
      }
    }
    return columns;
  }

  /** The row whose first cell reads Total. */
  private static Row totalRow(Sheet sheet) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && "Total".equals(Workbooks.text(row.getCell(0)))) {
        return row;
      }
    }
    throw new AssertionError("no Total row on " + sheet.getSheetName());
  }

  private static double number(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null ? 0 : cell.getNumericCellValue();
  }

  @Test
  void aCountOfZeroIsAnEmptyCell() {
    for (String name : MATRICES) {
      Sheet sheet = report.sheet(name);
      int counts = 0;
      for (Row row : sheet) {
        for (int column : countColumns(sheet)) {
          Cell cell = row.getCell(column);
          if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.NUMERIC) {
            assertThat(cell.getNumericCellValue()).as(name + "!" + cell.getAddress()).isNotZero();
            counts++;
          }
        }
      }
      assertThat(counts).as(name).isGreaterThan(10);
    }
  }

  @Test
  void everyRowAndColumnHasItsTotal() {
    for (String name : MATRICES) {
      Sheet sheet = report.sheet(name);
      List<Integer> columns = countColumns(sheet);
      int totalColumn = Workbooks.row(sheet, 0).indexOf("Total");
      assertThat(totalColumn).as(name).isEqualTo(columns.get(columns.size() - 1));
      Row total = totalRow(sheet);
      double[] sums = new double[Workbooks.row(sheet, 0).size()];
      for (int r = 1; r < total.getRowNum(); r++) {
        Row row = sheet.getRow(r);
        double sum = 0;
        for (int column : columns) {
          sums[column] += number(row, column);
          if (column != totalColumn) {
            sum += number(row, column);
          }
        }
        assertThat(number(row, totalColumn)).as(name + " row " + (r + 1)).isEqualTo(sum);
      }
      for (int column : columns) {
        assertThat(number(total, column)).as(name + " column " + column).isEqualTo(sums[column]);
      }
      assertThat(number(total, totalColumn)).as(name).isPositive();
    }
  }

  @Test
  void theCountsAreShadedByALiveColourScaleThatLeavesTheTotalsOut() {
    for (String name : MATRICES) {
      XSSFSheet sheet = (XSSFSheet) report.sheet(name);
      XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
      assertThat(formatting.getNumConditionalFormattings()).as(name).isEqualTo(1);
      XSSFConditionalFormatting format = formatting.getConditionalFormattingAt(0);
      assertThat(format.getRule(0).getColorScaleFormatting()).as(name).isNotNull();
      CellRangeAddress range = format.getFormattingRanges()[0];
      List<Integer> columns = countColumns(sheet);
      int totalColumn = columns.get(columns.size() - 1);
      assertThat(range.getFirstRow()).isEqualTo(1);
      assertThat(range.getLastRow()).as(name).isEqualTo(totalRow(sheet).getRowNum() - 1);
      assertThat(range.getFirstColumn()).isEqualTo(1);
      assertThat(range.getLastColumn()).as(name).isEqualTo(totalColumn - 1);
    }
  }

  @Test
  void codesAreIndentedByLevelAsOnTheCodebookSheet() {
    Sheet codebook = report.sheet(ReportSheets.CODEBOOK);
    Map<String, Short> indents = new HashMap<>();
    for (Row row : codebook) {
      if (row.getRowNum() > 0) {
        String path = SampleReport.cell(row, codebook, "Path").getStringCellValue();
        indents.put(path, row.getCell(0).getCellStyle().getIndention());
      }
    }
    assertThat(indents.values()).contains((short) 0, (short) 1);
    for (String name : MATRICES) {
      Sheet sheet = report.sheet(name);
      List<String> path = new ArrayList<>();
      int rows = 0;
      for (Row row : sheet) {
        if (row.getRowNum() == 0 || row.getRowNum() >= totalRow(sheet).getRowNum()) {
          continue;
        }
        Cell code = row.getCell(0);
        short indent = code.getCellStyle().getIndention();
        String text = code.getStringCellValue();
        assertThat(text).as(name).doesNotContain("/");
        while (path.size() > indent) {
          path.remove(path.size() - 1);
        }
        assertThat(path).as(name + " row " + (row.getRowNum() + 1)).hasSize(indent);
        path.add(text);
        String full = String.join("/", path);
        assertThat(indents).as(name).containsEntry(full, indent);
        assertThat(report.workbook.getFontAt(code.getCellStyle().getFontIndex()).getBold())
            .isEqualTo(indent == 0);
        rows++;
      }
      assertThat(rows).as(name).isGreaterThan(5);
    }
  }

  @Test
  void aHeaderWiderThanItsColumnWrapsOnARowTallEnoughForItsLines() {
    Sheet sheet = report.sheet(ReportSheets.CODE_BY_SEGMENT);
    Row header = sheet.getRow(0);
    assertThat(Workbooks.row(sheet, 0)).contains("Large enterprise");
    Cell wide = null;
    for (Cell cell : header) {
      if ("Large enterprise".equals(Workbooks.text(cell))) {
        wide = cell;
      }
    }
    assertThat(wide.getCellStyle().getWrapText()).isTrue();
    assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(2 * SheetWriter.LINE_HEIGHT);
  }
}
