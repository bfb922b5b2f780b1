package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Quotes;
import com.outsidein.service.NoQuoteWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report carries no verbatim words of a person who has not agreed to be quoted, anywhere. */
class ConsentInReportTest {

  @TempDir Path folder;
  private NoQuoteWorkspace w;

  @BeforeEach
  void build() {
    w = NoQuoteWorkspace.build(folder.resolve("consent"));
  }

  @AfterEach
  void close() {
    w.session.close();
  }

  @Test
  void noVerbatimWordsOfANoQuotePersonLeaveInAnyCell() throws Exception {
    List<String> texts = texts(export("report.xlsx"));

    assertThat(texts)
        .noneMatch(t -> t.contains("type every single order"))
        .noneMatch(t -> t.toLowerCase().contains("took two weekends"))
        .noneMatch(t -> t.contains("Honestly"));
  }

  @Test
  void theResearchersParaphraseAroundTheWordsStays() throws Exception {
    XSSFWorkbook report = export("report.xlsx");

    assertThat(observationText(report, w.paraphrase)).isEqualTo(NoQuoteWorkspace.PARAPHRASE);
    assertThat(observationText(report, w.quoting))
        .isEqualTo("Ned said " + Quotes.WITHHELD + " to get going");
    assertThat(observationText(report, w.sharing))
        .isEqualTo("Ned: " + Quotes.WITHHELD + ", so errors creep in");
    assertThat(observationText(report, w.passage)).isEqualTo(Quotes.WITHHELD);
    assertThat(Workbooks.observationRow(report, w.passage).getCell(8).getStringCellValue())
        .isEqualTo(Quotes.WITHHELD);
  }

  @Test
  void insightEvidenceCanvasCitationsAndFrozenVersionsWithholdTheWords() throws Exception {
    XSSFWorkbook report = export("report.xlsx");

    String sharingLabel = "#" + w.sharing + " Ned: " + Quotes.WITHHELD;
    assertThat(cellsOf(report, "Insights")).anyMatch(t -> t.startsWith(sharingLabel));
    // A canvas links the citation by its id and shows the cited text beside it.
    assertThat(cellsOf(report, "Canvas"))
        .contains("#" + w.sharing)
        .anyMatch(t -> t.startsWith("Ned: " + Quotes.WITHHELD));
    assertThat(cellsOf(report, "Canvas"))
        .as("the frozen version's cited texts")
        .anyMatch(t -> t.contains("Ned said " + Quotes.WITHHELD + " to get going"))
        .anyMatch(t -> t.contains(NoQuoteWorkspace.PARAPHRASE));
  }

  @Test
  void consentWithdrawnAfterFreezingWithholdsTheWordsInTheNextExportFrozenVersionsIncluded()
      throws Exception {
    assertThat(texts(export("before.xlsx")))
        .as("Dee allows quotes: her words are in the report, frozen version included")
        .filteredOn(t -> t.contains(NoQuoteWorkspace.DEE_QUOTE))
        .hasSizeGreaterThanOrEqualTo(2);

    w.deeWithdraws();
    XSSFWorkbook after = export("after.xlsx");

    assertThat(texts(after)).noneMatch(t -> t.contains("route sheets"));
    assertThat(Workbooks.observationRow(after, w.deeSays).getCell(8).getStringCellValue())
        .isEqualTo(Quotes.WITHHELD);
    assertThat(cellsOf(after, "Canvas"))
        .anyMatch(t -> t.contains(Quotes.WITHHELD + " — Dee describes the morning routine"));
  }

  private XSSFWorkbook export(String name) throws Exception {
    Path file = folder.resolve(name);
    new ReportWriter(w.session, com.outsidein.TestThreads.HELPERS).write(null, file);
    return Workbooks.open(file);
  }

  private static String observationText(XSSFWorkbook report, long id) {
    return Workbooks.observationRow(report, id).getCell(7).getStringCellValue();
  }

  private static List<String> texts(XSSFWorkbook report) {
    return Workbooks.cells(report).stream()
        .filter(Workbooks::isText)
        .map(Cell::getStringCellValue)
        .toList();
  }

  private static List<String> cellsOf(XSSFWorkbook report, String sheetPrefix) {
    return Workbooks.cells(report).stream()
        .filter(c -> c.getSheet().getSheetName().startsWith(sheetPrefix))
        .filter(Workbooks::isText)
        .map(Cell::getStringCellValue)
        .toList();
  }
}
