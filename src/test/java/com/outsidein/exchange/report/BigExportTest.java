package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.outsidein.TestThreads;
import com.outsidein.service.WorkspaceSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports 100,000 observations in a small heap. Runs in its own Surefire execution with -Xmx256m
 * (see pom.xml), and is skipped anywhere with a larger heap, where it would prove nothing.
 */
class BigExportTest {

  private static final Logger LOG = LoggerFactory.getLogger(BigExportTest.class);
  private static final int OBSERVATIONS = 100_000;

  @TempDir Path folder;

  @Test
  void exportsOneHundredThousandObservationsInASmallHeap() throws Exception {
    long heap = Runtime.getRuntime().maxMemory();
    assumeTrue(heap <= 300L * 1024 * 1024, "needs the small-heap execution (-Xmx256m)");
    List<String> poiTempBefore = ReportWriterTest.poiTempFiles();
    Path out = Files.createDirectories(folder.resolve("out"));
    Path report = out.resolve("big.xlsx");

    ReportResult result;
    try (WorkspaceSession session = BigWorkspace.build(folder.resolve("big"), OBSERVATIONS)) {
      result = new ReportWriter(session, TestThreads.HELPERS).write(null, report);
    }

    LOG.info(
        "Exported {} observations in {} ms: {} rows per second, heap limit {} MB, file {} MB",
        result.observations(),
        result.elapsed().toMillis(),
        Math.round(result.observationsPerSecond()),
        heap / (1024 * 1024),
        Files.size(report) / (1024 * 1024));
    assertThat(result.observations()).isEqualTo(OBSERVATIONS);
    assertThat(observationRows(report)).isEqualTo(OBSERVATIONS + 1);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(report);
    }
    assertThat(ReportWriterTest.poiTempFiles()).isEqualTo(poiTempBefore);
  }

  /** Counts the rows of the Observations sheet by streaming its XML, as a big file needs. */
  private static int observationRows(Path report) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(report.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          if (sheets.getSheetName().equals(ReportSheets.OBSERVATIONS)) {
            return countRows(sheet);
          }
        }
      }
    }
    throw new AssertionError("no Observations sheet");
  }

  private static int countRows(InputStream sheet) throws Exception {
    XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
    int rows = 0;
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        rows++;
      }
    }
    return rows;
  }
}
