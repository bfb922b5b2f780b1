package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.TestThreads;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Quotes;
import com.outsidein.domain.ReportCounts;
import com.outsidein.service.KnownWorkspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir static Path folder;
  private static KnownWorkspace w;
  private static ReportResult fleetResult;
  private static XSSFWorkbook fleet;
  private static XSSFWorkbook all;

  @BeforeAll
  static void export() throws Exception {
    w = KnownWorkspace.build(folder.resolve("known"));
    fleetResult =
        new ReportWriter(w.session, TestThreads.HELPERS)
            .write(w.fleet, folder.resolve("fleet.xlsx"));
    new ReportWriter(w.session, TestThreads.HELPERS).write(null, folder.resolve("all.xlsx"));
    fleet = Workbooks.open(folder.resolve("fleet.xlsx"));
    all = Workbooks.open(folder.resolve("all.xlsx"));
  }

  @AfterAll
  static void close() throws Exception {
    fleet.close();
    all.close();
    w.session.close();
  }

  @Test
  void sheetsComeInTheAgreedOrderWithSafeNames() {
    List<String> expected =
        List.of(
            "Summary",
            "Interviews",
            "Observations",
            "Codebook",
            "Code × Segment",
            "Code × Journey stage",
            "Say–Do",
            "Insights",
            "Canvas – Plan 2026 27 draft",
            "People");
    assertThat(Workbooks.sheetNames(fleet)).containsExactlyElementsOf(expected);
    assertThat(fleetResult.sheets()).containsExactlyElementsOf(expected);
    assertThat(Workbooks.sheetNames(all))
        .containsExactly(
            "Summary",
            "Interviews",
            "Observations",
            "Codebook",
            "Code × Segment",
            "Code × Journey stage",
            "Say–Do",
            "Insights",
            "Canvas – Other canvas",
            "Canvas – Plan 2026 27 draft",
            "People");
  }

  @Test
  void observationsHaveTheImportColumnsUnderHumanHeaders() {
    assertThat(Workbooks.row(fleet.getSheet("Observations"), 0))
        .containsExactlyElementsOf(ReportSheets.OBSERVATION_HEADERS);
  }

  @Test
  void tableHeadersAreWhatTheIssueAsksFor() {
    assertThat(Workbooks.row(fleet.getSheet("Interviews"), 0))
        .containsExactly(
            "Date",
            "Interview",
            "Study",
            "Interviewer",
            "Participants",
            "Account",
            "Segment",
            "Channel",
            "Journey stage",
            "Observations",
            "Insights");
    assertThat(Workbooks.row(fleet.getSheet("Say–Do"), 0))
        .containsExactly(
            "Code",
            "Says",
            "Does",
            "Says they do",
            "Total",
            "Mean sentiment: says they do",
            "Mean sentiment: does",
            "Gap",
            "Say–do gap");
    assertThat(Workbooks.row(fleet.getSheet("Insights"), 0))
        .startsWith(
            "Title",
            "Statement",
            "360-view facet",
            "Knowledge stage",
            "Confidence",
            "Impact",
            "Status",
            "Evidence",
            "People",
            "Accounts",
            "Evidence 1");
    assertThat(Workbooks.row(fleet.getSheet("Code × Segment"), 0))
        .startsWith("Code", "Large enterprise")
        .endsWith("(no segment)", "Total");
    assertThat(Workbooks.row(fleet.getSheet("Codebook"), 0))
        .containsExactly(
            "Code", "Path", "Definition", "Memo", "Colour", "Observations", "With subcodes");
    assertThat(Workbooks.row(fleet.getSheet("People"), 0)).startsWith("Name", "Role", "Account");
  }

  @Test
  void rowCountsMatchTheWorkspace() {
    assertThat(Workbooks.dataRows(fleet.getSheet("Observations"))).isEqualTo(7);
    assertThat(Workbooks.dataRows(fleet.getSheet("Interviews"))).isEqualTo(2);
    assertThat(Workbooks.dataRows(fleet.getSheet("Codebook"))).isEqualTo(3);
    assertThat(Workbooks.dataRows(fleet.getSheet("Insights"))).isEqualTo(2);
    assertThat(Workbooks.dataRows(fleet.getSheet("People"))).isEqualTo(3);
    assertThat(Workbooks.dataRows(all.getSheet("Observations")))
        .isEqualTo(w.session.counts().observations());
    assertThat(Workbooks.dataRows(all.getSheet("Interviews")))
        .isEqualTo(w.session.counts().interviews());
    assertThat(Workbooks.dataRows(all.getSheet("People"))).isEqualTo(w.session.counts().people());
    assertThat(Workbooks.dataRows(all.getSheet("Insights")))
        .isEqualTo(w.session.counts().insights());
    assertThat(fleetResult.observations()).isEqualTo(7);
  }

  @Test
  void everyHyperlinkLeadsToTheRowOfWhatItNames() {
    for (XSSFWorkbook workbook : List.of(fleet, all)) {
      List<Cell> linked = Workbooks.linkedCells(workbook);
      assertThat(linked).isNotEmpty();
      for (Cell cell : linked) {
        assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
        Cell target = Workbooks.target(workbook, cell.getHyperlink());
        String label = cell.getStringCellValue();
        String sheet = new CellReference(cell.getHyperlink().getAddress()).getSheetName();
        if (sheet.equals("Observations")) {
          int space = label.indexOf(' ');
          String id = label.substring(1, space < 0 ? label.length() : space);
          assertThat(Workbooks.text(target)).as(label).isEqualTo(id);
        } else {
          assertThat(sheet).isEqualTo("Insights");
          String title = Evidence.insight(target.getStringCellValue());
          if (cell.getSheet().getSheetName().startsWith("Canvas")) {
            assertThat(label).isEqualTo("Insight");
            Cell cited = cell.getRow().getCell(cell.getColumnIndex() + 1);
            assertThat(cited.getStringCellValue()).isEqualTo(title);
          } else {
            assertThat(label).isEqualTo(title);
          }
        }
      }
    }
  }

  @Test
  void insightEvidenceLinksToEachObservationInOrder() {
    Sheet insights = fleet.getSheet("Insights");
    Row setup = insights.getRow(1);
    assertThat(setup.getCell(0).getStringCellValue()).isEqualTo("Setup is the pain");
    assertThat(setup.getCell(7).getNumericCellValue()).isEqualTo(3);
    long[] expected = {w.observations[1], w.observations[3], w.observations[5]};
    for (int i = 0; i < expected.length; i++) {
      Cell evidence = setup.getCell(10 + i);
      assertThat(Workbooks.text(Workbooks.target(fleet, evidence.getHyperlink())))
          .isEqualTo(String.valueOf(expected[i]));
    }
  }

  @Test
  void evidenceOutsideTheReportIsNamedButNotLinked() {
    Row cross = fleet.getSheet("Insights").getRow(2);
    assertThat(cross.getCell(0).getStringCellValue()).isEqualTo("Teams drift back to paper");
    Cell outside = cross.getCell(10);
    assertThat(outside.getHyperlink()).isNull();
    assertThat(outside.getStringCellValue())
        .startsWith("#" + w.observations[8])
        .endsWith("(not in this report)");
    assertThat(cross.getCell(11).getHyperlink()).isNotNull();
  }

  @Test
  void textThatLooksLikeAFormulaIsAStringCellNeverAFormula() {
    Row formula = Workbooks.observationRow(fleet, w.observations[2]);
    Cell text = formula.getCell(7);
    assertThat(text.getCellType()).isEqualTo(CellType.STRING);
    assertThat(text.getStringCellValue()).isEqualTo(KnownWorkspace.FORMULA_TEXT);
    assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();

    Cell minus = Workbooks.observationRow(fleet, w.observations[5]).getCell(8);
    assertThat(minus.getCellType()).isEqualTo(CellType.STRING);
    assertThat(minus.getStringCellValue()).isEqualTo(KnownWorkspace.MINUS_QUOTE);

    Cell at = Workbooks.observationRow(fleet, w.observations[7]).getCell(7);
    assertThat(at.getCellType()).isEqualTo(CellType.STRING);
    assertThat(at.getStringCellValue()).startsWith("@mention");

    for (XSSFWorkbook workbook : List.of(fleet, all)) {
      assertThat(Workbooks.cells(workbook)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
    }
  }

  @Test
  void quotesOfPeopleWithoutQuoteConsentAreWithheldEverywhere() {
    for (int i : new int[] {3, 4, 6}) {
      assertThat(Workbooks.observationRow(fleet, w.observations[i]).getCell(8).getStringCellValue())
          .isEqualTo(Quotes.WITHHELD);
    }
    assertThat(Workbooks.observationRow(fleet, w.observations[1]).getCell(8).getStringCellValue())
        .isEqualTo("It took two Saturdays.");
    assertThat(fleet.getSheet("Insights").getRow(1).getCell(11).getStringCellValue())
        .contains(Quotes.WITHHELD);
    assertThat(Workbooks.cells(fleet.getSheet("Canvas – Plan 2026 27 draft").getWorkbook()))
        .anyMatch(
            c ->
                c.getSheet().getSheetName().startsWith("Canvas")
                    && Workbooks.isText(c)
                    && c.getStringCellValue().contains(Quotes.WITHHELD));
    for (XSSFWorkbook workbook : List.of(fleet, all)) {
      assertThat(Workbooks.cells(workbook))
          .filteredOn(Workbooks::isText)
          .extracting(Cell::getStringCellValue)
          .noneMatch(t -> t.contains("We type it all twice"))
          .noneMatch(t -> t.contains("Everything is in the app."))
          .noneMatch(t -> t.contains("We plan every Monday"));
    }
  }

  @Test
  void summaryShowsTheStudyCountsWithheldQuotesAndTopCodes() {
    Sheet summary = fleet.getSheet("Summary");
    assertThat(Workbooks.row(summary, 0)).containsExactly("OutsideIn report: Fleet study");
    List<List<String>> rows =
        Stream.iterate(0, i -> i + 1).limit(40).map(i -> Workbooks.row(summary, i)).toList();
    assertThat(rows).contains(List.of("Quotes withheld (no consent for quotes)", "3"));
    assertThat(rows).contains(List.of("Observations", "7"));
    assertThat(rows).contains(List.of("Pain/Setup", "6", "6"));
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r)
                    .startsWith("Fleet study", "Running", "Interviews", "Rita Researcher"));
    Row study =
        Stream.iterate(0, i -> i + 1)
            .limit(40)
            .map(summary::getRow)
            .filter(r -> r != null && "Fleet study".equals(Workbooks.text(r.getCell(0))))
            .findFirst()
            .orElseThrow();
    assertThat(DateUtil.isCellDateFormatted(study.getCell(4))).isTrue();
    assertThat(study.getCell(4).getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(study.getCell(8).getStringCellValue()).contains("Who decides on renewal?");
  }

  @Test
  void summaryCountsAgreeWithTheWorkspacesOwnCounts() {
    for (var report : List.of(Map.entry(fleet, w.fleet), Map.entry(all, -1L))) {
      Long studyId = report.getValue() < 0 ? null : report.getValue();
      ReportCounts counts = w.session.reports().counts(studyId);
      List<List<String>> rows =
          Stream.iterate(0, i -> i + 1)
              .limit(60)
              .map(i -> Workbooks.row(report.getKey().getSheet("Summary"), i))
              .toList();
      assertThat(rows)
          .contains(
              List.of("Interviews", String.valueOf(counts.interviews())),
              List.of("Observations", String.valueOf(counts.observations())),
              List.of("People", String.valueOf(counts.people())),
              List.of("Accounts", String.valueOf(counts.accounts())),
              List.of("Codes used", String.valueOf(counts.codesUsed())),
              List.of("Insights", String.valueOf(counts.insights())),
              List.of("Canvases", String.valueOf(counts.canvases())),
              List.of(
                  "Quotes withheld (no consent for quotes)",
                  String.valueOf(counts.withheldQuotes())));
    }
  }

  @Test
  void summaryHasARealBarChartOfCodeFrequency() {
    XSSFSheet summary = fleet.getSheet("Summary");
    XSSFDrawing drawing = summary.getDrawingPatriarch();
    assertThat(drawing).isNotNull();
    List<XSSFChart> charts = drawing.getCharts();
    assertThat(charts).hasSize(1);
    XSSFChart chart = charts.get(0);
    assertThat(chart.getCTChart().getPlotArea().getBarChartList()).hasSize(1);
    var series = chart.getChartSeries().get(0).getSeries(0);
    assertThat(series.getCategoryData().getDataRangeReference()).startsWith("Summary!");
    assertThat(series.getValuesData().getPointCount()).isEqualTo(2);
  }

  @Test
  void datesAreDateCellsAndNumbersAreNumbers() {
    Row rekeys = Workbooks.observationRow(fleet, w.observations[3]);
    Cell date = rekeys.getCell(2);
    assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
    assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(rekeys.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(rekeys.getCell(10).getNumericCellValue()).isEqualTo(-1);
    assertThat(rekeys.getCell(6).getStringCellValue()).isEqualTo("Does");
    assertThat(Workbooks.observationRow(fleet, w.observations[6]).getCell(10)).isNull();
    assertThat(Workbooks.observationRow(fleet, w.observations[5]).getCell(9).getStringCellValue())
        .isEqualTo("Joy; Pain/Setup");
    Sheet sayDoSheet = fleet.getSheet("Say–Do");
    assertThat(Workbooks.row(sayDoSheet, 1)).containsExactly("Pain");
    Row sayDo = sayDoSheet.getRow(2);
    assertThat(sayDo.getCell(0).getStringCellValue()).isEqualTo("Setup");
    assertThat(sayDo.getCell(7).getNumericCellValue()).isEqualTo(2.0);
    assertThat(sayDo.getCell(8).getStringCellValue()).isEqualTo("Yes");
    Cell interviewDate = fleet.getSheet("Interviews").getRow(1).getCell(0);
    assertThat(DateUtil.isCellDateFormatted(interviewDate)).isTrue();
  }

  @Test
  void tablesHaveBoldFrozenHeadersFiltersAndWidthsFromTheData() {
    for (String name :
        List.of(
            "Interviews",
            "Observations",
            "Codebook",
            "Code × Segment",
            "Code × Journey stage",
            "Say–Do",
            "Insights",
            "People")) {
      XSSFSheet sheet = fleet.getSheet(name);
      assertThat(sheet.getPaneInformation()).as(name).isNotNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
          .as(name)
          .isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
      Cell header = sheet.getRow(0).getCell(0);
      assertThat(fleet.getFontAt(header.getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
      assertThat(sheet.getColumnWidth(0))
          .as(name)
          .isNotEqualTo(sheet.getDefaultColumnWidth() * 256);
    }
    XSSFSheet observations = fleet.getSheet("Observations");
    assertThat(observations.getColumnWidth(7)).isGreaterThan(observations.getColumnWidth(0));
    assertThat(observations.getColumnWidth(7)).isLessThanOrEqualTo(62 * 256);
  }

  @Test
  void longTextWraps() throws Exception {
    Sheet summary = fleet.getSheet("Summary");
    Row study =
        Stream.iterate(0, i -> i + 1)
            .limit(40)
            .map(summary::getRow)
            .filter(r -> r != null && "Fleet study".equals(Workbooks.text(r.getCell(0))))
            .findFirst()
            .orElseThrow();
    assertThat(study.getCell(8).getCellStyle().getWrapText()).isTrue();
  }

  @Test
  void aCanvasReadsTopToBottomManifestoThenThinkPlanAndDoInAtMostEightColumns() {
    Sheet canvas = fleet.getSheet("Canvas – Plan 2026 27 draft");
    assertThat(Workbooks.row(canvas, 0)).containsExactly("Plan: 2026/27 [draft]");
    List<List<String>> rows =
        Stream.iterate(0, i -> i + 1)
            .limit(canvas.getLastRowNum() + 1)
            .map(i -> Workbooks.row(canvas, i))
            .toList();
    List<String> firsts = rows.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
    int manifesto = firsts.indexOf("Manifesto");
    int think = firsts.indexOf("Think");
    int plan = firsts.indexOf("Plan");
    int doing = firsts.indexOf("Do");
    assertThat(manifesto).isPositive().isLessThan(think);
    assertThat(think).isLessThan(plan);
    assertThat(plan).isLessThan(doing);
    assertThat(firsts.get(manifesto + 1)).isEqualTo("• Be simple");
    assertThat(rows.get(think + 1))
        .containsExactly(
            "What do our customers think of us?",
            "They like the board",
            "",
            "",
            "Insight",
            "Insight: Setup is the pain");
    assertThat(rows.get(think + 2).get(5)).contains(Quotes.WITHHELD);
    assertThat(firsts.subList(plan + 1, doing)).contains("How will we measure progress?");
    assertThat(rows.subList(plan + 1, doing))
        .contains(
            List.of("", "", "Measure", "Days to first job"),
            List.of("", "", "Target", "Under 7 days"),
            List.of("", "", "Horizon", "3–6 months"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .startsWith(
                        "How will we measure progress?",
                        "Track setup time",
                        "Objective",
                        "Faster setup"));
    for (List<String> row : rows) {
      assertThat(row.size()).isLessThanOrEqualTo(8);
    }
  }

  @Test
  void cancellingLeavesNothingBehindAndKeepsAnOldReport() throws Exception {
    Path out = Files.createDirectories(folder.resolve("cancel"));
    Path target = out.resolve("report.xlsx");
    Files.writeString(target, "the old report");
    AtomicInteger updates = new AtomicInteger();
    List<String> before = poiTempFiles();

    assertThatThrownBy(
            () ->
                new ReportWriter(w.session, TestThreads.HELPERS)
                    .write(
                        null,
                        target,
                        (done, total, sheet) -> updates.incrementAndGet(),
                        () -> updates.get() >= 4))
        .isInstanceOf(ReportCancelledException.class);

    assertThat(Files.readString(target)).isEqualTo("the old report");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(poiTempFiles()).isEqualTo(before);
  }

  @Test
  void aMissingFolderIsBadInputAndCreatesNothing() {
    Path target = folder.resolve("no-such-folder").resolve("report.xlsx");

    assertThatThrownBy(
            () -> new ReportWriter(w.session, TestThreads.HELPERS).write(w.fleet, target))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("does not exist");
    assertThat(folder.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void aSuccessfulExportLeavesOnlyTheReport() throws Exception {
    Path out = Files.createDirectories(folder.resolve("clean"));
    List<String> before = poiTempFiles();

    new ReportWriter(w.session, TestThreads.HELPERS).write(w.other, out.resolve("other.xlsx"));

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("other.xlsx"));
    }
    assertThat(poiTempFiles()).isEqualTo(before);
  }

  /** POI's own temp files (streamed sheet data) in the JVM's temp folder. */
  static List<String> poiTempFiles() {
    File poi = new File(System.getProperty("java.io.tmpdir"), "poifiles");
    String[] names = poi.list();
    return names == null ? List.of() : Stream.of(names).sorted().toList();
  }
}
