package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ReportCanvas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's canvas sheet reads like the canvas. */
class CanvasSheetTest {

  @TempDir static Path folder;
  private static SampleReport report;
  private static List<ReportCanvas> canvases;

  @BeforeAll
  static void write() throws Exception {
    report = SampleReport.write(folder);
    canvases = report.session.reports().canvases(null);
  }

  @AfterAll
  static void close() throws Exception {
    report.close();
  }

  private static List<String> firstCells(Sheet sheet) {
    List<String> firsts = new ArrayList<>();
    for (int i = 0; i <= sheet.getLastRowNum(); i++) {
      List<String> row = Workbooks.row(sheet, i);
      firsts.add(row.isEmpty() ? "" : row.get(0));
    }
    return firsts;
  }

  @Test
  void eachCanvasHasASheetNamedAtAWordBoundary() {
    List<Sheet> sheets = report.canvasSheets();
    assertThat(sheets).hasSameSizeAs(canvases).isNotEmpty();
    for (int i = 0; i < sheets.size(); i++) {
      String name = sheets.get(i).getSheetName();
      String title = canvases.get(i).canvas().title().replaceAll("[\\[\\]:*?/\\\\]", " ");
      String wanted = ("Canvas – " + title).replaceAll(" {2,}", " ").strip();
      assertThat(name).hasSizeLessThanOrEqualTo(31);
      if (name.endsWith("…")) {
        assertThat(wanted).startsWith(name.substring(0, name.length() - 1).strip() + " ");
      } else {
        assertThat(name).isEqualTo(wanted);
      }
    }
  }

  @Test
  void manifestoOnTopThenThinkPlanAndDoInAtMostEightColumns() {
    for (Sheet sheet : report.canvasSheets()) {
      List<String> firsts = firstCells(sheet);
      int manifesto = firsts.indexOf("Manifesto");
      int think = firsts.indexOf("Think");
      int plan = firsts.indexOf("Plan");
      int doing = firsts.indexOf("Do");
      assertThat(manifesto).as(sheet.getSheetName()).isBetween(2, 4);
      assertThat(think).isGreaterThan(manifesto).isLessThan(plan);
      assertThat(plan).isLessThan(doing);
      for (Row row : sheet) {
        assertThat((int) row.getLastCellNum()).as(sheet.getSheetName()).isLessThanOrEqualTo(8);
      }
      assertThat(Workbooks.row(sheet, think - 1)).startsWith("Prompt", "Answer", "Details");
    }
  }

  @Test
  void planAndDoDetailsAreLabelledFields() {
    List<String> labels = new ArrayList<>();
    for (Sheet sheet : report.canvasSheets()) {
      for (Row row : sheet) {
        Cell label = row.getCell(CanvasSheet.LABEL);
        if (label != null && row.getCell(CanvasSheet.VALUE) != null) {
          labels.add(label.getStringCellValue());
        }
      }
    }
    assertThat(labels).contains("Objective", "Measure", "Target", "Horizon", "Owner", "Cadence");
  }

  @Test
  void citationsLinkToWhatTheyCiteBesideTheCitedText() {
    int links = 0;
    for (Sheet sheet : report.canvasSheets()) {
      for (Row row : sheet) {
        Cell cell = row.getCell(CanvasSheet.EVIDENCE);
        if (cell == null || cell.getHyperlink() == null) {
          continue;
        }
        String label = cell.getStringCellValue();
        String cited = row.getCell(CanvasSheet.CITED).getStringCellValue().replace("…", "");
        Cell target = Workbooks.target(report.workbook, cell.getHyperlink());
        String targetSheet = new CellReference(cell.getHyperlink().getAddress()).getSheetName();
        if (targetSheet.equals(ReportSheets.OBSERVATIONS)) {
          assertThat(label).isEqualTo("#" + Workbooks.text(target));
          Sheet observations = report.sheet(ReportSheets.OBSERVATIONS);
          Row source = target.getRow();
          String quote = Workbooks.text(SampleReport.cell(source, observations, "Quote"));
          String text = Workbooks.text(SampleReport.cell(source, observations, "Observation"));
          String expected = quote.isEmpty() ? text : "“" + quote + "”";
          assertThat(expected.replaceAll("\\s+", " ")).startsWith(cited.replace("”", ""));
          assertThat(cited.length()).isGreaterThan(Math.min(60, expected.length() - 1));
        } else {
          assertThat(label).isEqualTo("Insight");
          assertThat(cited).isEqualTo("Insight: " + target.getStringCellValue());
        }
        links++;
      }
    }
    assertThat(links).isGreaterThan(3);
  }
}
