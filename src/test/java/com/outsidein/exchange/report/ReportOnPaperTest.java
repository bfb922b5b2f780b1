package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample's report on paper, as a person would see it: every sheet set up for A4 with its
 * footer, and (when LibreOffice is installed) the report turned into a PDF whose text is at least 7
 * points high on every page, with every printed column of a table on every page of its sheet.
 */
class ReportOnPaperTest {

  private static final Logger LOG = LoggerFactory.getLogger(ReportOnPaperTest.class);

  /** The smallest text a person reads on paper without effort, in points. */
  private static final float LEGIBLE = 7f;

  private static final Pattern FOOTER =
      Pattern.compile("(.+) · Page (\\d+) of (\\d+) · Exported \\d{4}-\\d\\d-\\d\\d");

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
  void everySheetPrintsOnA4OnePageWideWithItsFooter() {
    for (Sheet sheet : report.workbook) {
      String name = sheet.getSheetName();
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getFitToPage()).as(name).isTrue();
      assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).as(name).isZero();
      assertThat(sheet.getFooter().getCenter()).as(name).contains("&A", "&P", "&N", "Exported");
    }
    for (String name : SampleReport.TABLE_SHEETS) {
      CellRangeAddress repeated = ((XSSFSheet) report.sheet(name)).getRepeatingRows();
      assertThat(repeated).as(name).isNotNull();
      assertThat(repeated.getFirstRow()).as(name).isZero();
    }
    assertThat(report.sheet(ReportSheets.CODE_BY_JOURNEY_STAGE).getPrintSetup().getLandscape())
        .isFalse();
    assertThat(report.sheet(ReportSheets.OBSERVATIONS).getPrintSetup().getLandscape()).isTrue();
  }

  @Test
  void theObservationsPrintWithoutIdOrEmail() {
    String area = report.workbook.getPrintArea(report.workbook.getSheetIndex("Observations"));
    assertThat(area).startsWith("Observations!$B$1:$K$");
    List<String> headers = Workbooks.row(report.sheet(ReportSheets.OBSERVATIONS), 0);
    assertThat(headers.get(0)).isEqualTo("ID");
    assertThat(headers.get(10)).isEqualTo("Sentiment");
    assertThat(headers.get(headers.size() - 1)).isEqualTo("Participant email");
  }

  @Test
  void asAPdfEveryPageIsLegibleAndNoColumnIsCutAcrossPages() throws Exception {
    assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
    Path pdf = toPdf(report.file);

    Map<String, Float> smallest = new TreeMap<>();
    Map<String, Integer> pages = new TreeMap<>();
    SoftAssertions soft = new SoftAssertions();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(report.workbook.getNumberOfSheets());
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        Page read = Page.read(document, page);
        Matcher footer = FOOTER.matcher(read.text);
        assertThat(footer.find()).as("the footer of page " + page).isTrue();
        String sheet = footer.group(1).strip();
        assertThat(report.workbook.getSheet(sheet)).as("page " + page + ": " + sheet).isNotNull();
        pages.merge(sheet, 1, Integer::sum);
        smallest.merge(sheet, read.smallest, Math::min);
        soft.assertThat(read.smallest)
            .as("the smallest text on page %d (%s), in points", page, sheet)
            .isGreaterThanOrEqualTo(LEGIBLE);
        for (String header : printedHeaders(sheet)) {
          soft.assertThat(read.text.replaceAll("\\s", ""))
              .as("page %d (%s) shows the column %s", page, sheet, header)
              .contains(header.replaceAll("\\s", ""));
        }
      }
    }
    LOG.info("Smallest text per sheet in points: {}; pages: {}", smallest, pages);
    Files.writeString(
        folder.resolve("measured.txt"), "smallest " + smallest + "\npages " + pages + "\n");
    soft.assertAll();
    assertThat(pages.keySet()).hasSize(report.workbook.getNumberOfSheets());
  }

  /** The headers of the columns a table sheet prints (a canvas: its one header row). */
  private static List<String> printedHeaders(String name) {
    if (name.equals(ReportSheets.SUMMARY)) {
      return List.of();
    }
    Sheet sheet = report.workbook.getSheet(name);
    if (name.startsWith("Canvas")) {
      return List.of("Prompt", "Answer", "Details", "Evidence");
    }
    List<String> headers = Workbooks.row(sheet, 0);
    String area = report.workbook.getPrintArea(report.workbook.getSheetIndex(name));
    if (area != null) {
      CellRangeAddress range = CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1));
      headers = headers.subList(range.getFirstColumn(), range.getLastColumn() + 1);
    }
    return headers.stream().filter(h -> !h.isBlank()).toList();
  }

  /** One page's text, and the height of its smallest letters in points at 100%. */
  private record Page(String text, float smallest) {

    static Page read(PDDocument document, int page) throws IOException {
      float[] smallest = {Float.MAX_VALUE};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              for (TextPosition position : positions) {
                if (!position.getUnicode().isBlank()) {
                  // The text rendering matrix: font size, text matrix and page scaling together.
                  smallest[0] = Math.min(smallest[0], Math.abs(position.getYScale()));
                }
              }
              super.writeString(text, positions);
            }
          };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = stripper.getText(document);
      return new Page(text, smallest[0]);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  /** Converts with LibreOffice headless, as the README's command does, in a profile of its own. */
  private static Path toPdf(Path xlsx) throws Exception {
    Path out = Files.createDirectories(folder.resolve("pdf"));
    Path profile = Files.createDirectories(folder.resolve("lo-profile"));
    List<String> command = new ArrayList<>();
    command.add("soffice");
    command.add("-env:UserInstallation=" + profile.toUri());
    command.add("--headless");
    command.add("--convert-to");
    command.add("pdf");
    command.add("--outdir");
    command.add(out.toString());
    command.add(xlsx.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
    Path pdf = out.resolve(xlsx.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
    assertThat(pdf).as(Files.readString(folder.resolve("soffice.log"))).exists();
    return pdf;
  }
}
