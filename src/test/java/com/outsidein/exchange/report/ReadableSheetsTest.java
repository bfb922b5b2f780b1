package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's report reads as a person reads: words, aligned columns, even rows. */
class ReadableSheetsTest {

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

  @Test
  void observationsHaveHumanHeadersAndKindsInWords() {
    Sheet observations = report.sheet(ReportSheets.OBSERVATIONS);
    assertThat(Workbooks.row(observations, 0))
        .containsExactlyElementsOf(ReportSheets.OBSERVATION_HEADERS)
        .contains("Interview date", "Participant email", "Journey stage")
        .doesNotContain("interview_date", "participant_email", "journey_stage");
    Set<String> kinds = new HashSet<>();
    for (Row row : observations) {
      if (row.getRowNum() > 0) {
        kinds.add(SampleReport.cell(row, observations, "Kind").getStringCellValue());
      }
    }
    assertThat(kinds).contains("Says they do", "Says", "Does");
    assertThat(kinds).isSubsetOf("Says", "Does", "Says they do", "Note");
  }

  @Test
  void eachHeaderNamesItsImportColumnLowerCasedWithSpacesForUnderscores() {
    for (int i = 0; i < ReportSheets.OBSERVATION_COLUMNS.size(); i++) {
      assertThat(ReportSheets.OBSERVATION_HEADERS.get(i).toLowerCase().replace(' ', '_'))
          .isEqualTo(ReportSheets.OBSERVATION_COLUMNS.get(i));
    }
  }

  @Test
  void textAlignsLeftNumbersAndDatesRightAndEachHeaderAsItsColumn() {
    int checked = 0;
    for (String name : SampleReport.TABLE_SHEETS) {
      Sheet sheet = report.sheet(name);
      Row header = sheet.getRow(0);
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        for (Cell cell : row) {
          HorizontalAlignment expected =
              cell.getCellType() == CellType.NUMERIC
                  ? HorizontalAlignment.RIGHT
                  : HorizontalAlignment.LEFT;
          String where = name + "!" + cell.getAddress();
          assertThat(cell.getCellStyle().getAlignment()).as(where).isEqualTo(expected);
          Cell head = header.getCell(cell.getColumnIndex());
          if (head != null) {
            assertThat(head.getCellStyle().getAlignment())
                .as("header above " + where)
                .isEqualTo(expected);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void everyDateHasTheOneIsoFormat() {
    List<Cell> dates =
        Workbooks.cells(report.workbook).stream()
            .filter(c -> c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c))
            .toList();
    assertThat(dates).hasSizeGreaterThan(80);
    assertThat(dates)
        .allSatisfy(
            c -> assertThat(c.getCellStyle().getDataFormatString()).isEqualTo(Styles.DATE_FORMAT));
  }

  @Test
  void rowsAreOneLineHighUnlessTheirTextWraps() {
    for (String name : SampleReport.TABLE_SHEETS) {
      Sheet sheet = report.sheet(name);
      for (Row row : sheet) {
        boolean wraps = false;
        for (Cell cell : row) {
          wraps |= cell.getCellStyle().getWrapText() && row.getRowNum() > 0;
        }
        float height = row.getHeightInPoints();
        String where = name + " row " + (row.getRowNum() + 1);
        assertThat(height % 15f).as(where).isZero();
        if (!wraps && row.getRowNum() > 0) {
          assertThat(height).as(where).isEqualTo(15f);
        }
      }
    }
  }

  @Test
  void widthsComeFromTheDataWithinACapAndLongerTextWraps() {
    for (String name : SampleReport.TABLE_SHEETS) {
      Sheet sheet = report.sheet(name);
      for (Row row : sheet) {
        for (Cell cell : row) {
          int width = width(sheet, cell);
          String where = name + "!" + cell.getAddress();
          assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256).as(where).isBetween(4, 62);
          if (cell.getCellType() == CellType.STRING) {
            int longest = 0;
            for (String line : cell.getStringCellValue().split("\n")) {
              longest = Math.max(longest, line.length());
            }
            if (longest > width) {
              assertThat(cell.getCellStyle().getWrapText()).as(where).isTrue();
            }
          }
        }
      }
    }
    Sheet observations = report.sheet(ReportSheets.OBSERVATIONS);
    List<String> headers = Workbooks.row(observations, 0);
    assertThat(observations.getColumnWidth(headers.indexOf("Kind")))
        .isLessThan(observations.getColumnWidth(headers.indexOf("Observation")));
  }

  /** A cell's width in characters, across the columns it is merged with. */
  private static int width(Sheet sheet, Cell cell) {
    for (var region : sheet.getMergedRegions()) {
      if (region.isInRange(cell)) {
        int width = 0;
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          width += sheet.getColumnWidth(c) / 256;
        }
        return width;
      }
    }
    return sheet.getColumnWidth(cell.getColumnIndex()) / 256;
  }
}
