package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.SayDoRow;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every count in the sample's report is the count the screens show, read from the services they
 * read: the codebook (with and without subcodes), the matrices, say–do and insight evidence.
 */
class CountsAgreeTest {

  @TempDir static Path folder;
  private static SampleReport report;
  private static Map<String, CodeUsage> usage;

  @BeforeAll
  static void write() throws Exception {
    report = SampleReport.write(folder);
    CodeTree tree = report.session.codebook().tree();
    usage = new HashMap<>();
    for (CodeUsage code : report.session.codebook().usage()) {
      usage.put(tree.pathOf(code.code().id()), code);
    }
  }

  @AfterAll
  static void close() throws Exception {
    report.close();
  }

  private static double number(Cell cell) {
    return cell == null ? 0 : cell.getNumericCellValue();
  }

  @Test
  void theCodebookSheetCountsAsTheCodebookScreenWithAndWithoutSubcodes() {
    Sheet sheet = report.sheet(ReportSheets.CODEBOOK);
    int parents = 0;
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      String path = SampleReport.cell(row, sheet, "Path").getStringCellValue();
      CodeUsage screen = usage.get(path);
      assertThat(number(SampleReport.cell(row, sheet, "Observations")))
          .as(path)
          .isEqualTo(screen.observations());
      assertThat(number(SampleReport.cell(row, sheet, "With subcodes")))
          .as(path)
          .isEqualTo(screen.withSubcodes());
      parents += screen.withSubcodes() > screen.observations() ? 1 : 0;
    }
    assertThat(parents).as("codes whose subcodes add observations").isPositive();
  }

  @Test
  void theSummarysTopCodesCountAsTheCodebookScreen() {
    Sheet summary = report.sheet(ReportSheets.SUMMARY);
    int checked = 0;
    for (Row row : summary) {
      List<String> cells = Workbooks.row(summary, row.getRowNum());
      if (cells.size() == 3 && usage.containsKey(cells.get(0))) {
        CodeUsage screen = usage.get(cells.get(0));
        assertThat(cells.subList(1, 3))
            .as(cells.get(0))
            .containsExactly(
                String.valueOf(screen.observations()), String.valueOf(screen.withSubcodes()));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(SummarySheet.TOP_CODES);
  }

  @Test
  void theMatricesCountAsTheSynthesisScreen() {
    for (Map.Entry<String, Dimension> matrix :
        Map.of(
                ReportSheets.CODE_BY_SEGMENT, Dimension.SEGMENT,
                ReportSheets.CODE_BY_JOURNEY_STAGE, Dimension.JOURNEY_STAGE)
            .entrySet()) {
      Sheet sheet = report.sheet(matrix.getKey());
      CodeMatrix screen = report.session.synthesis().matrix(matrix.getValue(), null);
      for (int r = 0; r < screen.rows().size(); r++) {
        CodeMatrix.Row expected = screen.rows().get(r);
        Row row = sheet.getRow(r + 1);
        String where = matrix.getKey() + " " + expected.path();
        for (int c = 0; c < screen.columns().size(); c++) {
          assertThat(number(row.getCell(c + 1)))
              .as(where)
              .isEqualTo((double) expected.counts().get(c));
        }
        assertThat(number(row.getCell(screen.columns().size() + 1)))
            .as(where)
            .isEqualTo(expected.total());
      }
    }
  }

  @Test
  void theSayDoSheetCountsAsTheSynthesisScreen() {
    Sheet sheet = report.sheet(ReportSheets.SAY_DO);
    List<SayDoRow> screen = report.session.synthesis().sayDo(null);
    Map<String, Row> byLeaf = new HashMap<>();
    int rows = 0;
    for (SayDoRow expected : screen) {
      String leaf = expected.path().substring(expected.path().lastIndexOf('/') + 1);
      for (int r = 1 + rows; r <= sheet.getLastRowNum(); r++) {
        if (leaf.equals(Workbooks.text(sheet.getRow(r).getCell(0)))) {
          byLeaf.put(expected.path(), sheet.getRow(r));
          rows = r;
          break;
        }
      }
      Row row = byLeaf.get(expected.path());
      assertThat(row).as(expected.path()).isNotNull();
      assertThat(number(SampleReport.cell(row, sheet, "Says"))).isEqualTo(expected.says());
      assertThat(number(SampleReport.cell(row, sheet, "Does"))).isEqualTo(expected.does());
      assertThat(number(SampleReport.cell(row, sheet, "Says they do")))
          .isEqualTo(expected.saysTheyDo());
    }
    assertThat(screen).isNotEmpty();
  }

  @Test
  void insightEvidenceCountsAsTheInsightBoard() {
    Sheet sheet = report.sheet(ReportSheets.INSIGHTS);
    Map<String, InsightSummary> board = new HashMap<>();
    report.session.insights().summaries().forEach(s -> board.put(s.insight().title(), s));
    int checked = 0;
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      InsightSummary expected = board.get(row.getCell(0).getStringCellValue());
      assertThat(number(SampleReport.cell(row, sheet, "Evidence"))).isEqualTo(expected.evidence());
      assertThat(number(SampleReport.cell(row, sheet, "People"))).isEqualTo(expected.people());
      assertThat(number(SampleReport.cell(row, sheet, "Accounts"))).isEqualTo(expected.accounts());
      checked++;
    }
    assertThat(checked).isEqualTo(board.size());
  }
}
