package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

class EncryptedSheetDataWriterTest {

  private static final List<String> AWKWARD_TEXT =
      List.of(
          "plain words",
          "<b>tags</b> & \"quotes\" > 'apostrophes'",
          "line one\nline two\r\nand\ta tab",
          "no\u00A0break space",
          "control \u0001 and \u001F characters",
          "not characters \uFFFE and \uFFFF",
          "an emoji \uD83D\uDE00 and a lone \uD83D surrogate",
          "  leading and trailing spaces  ",
          "=SUM(A1:A2)",
          "Ünïcödé — “typographic” …",
          "&amp; already escaped");

  @Test
  void writesCellTextExactlyAsPoisOwnWriterDoes() throws IOException {
    String ours = sheetXml(true);
    String poi = sheetXml(false);

    assertThat(ours).contains("&lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;");
    assertThat(ours).isEqualTo(poi);
  }

  @Test
  void escapesOnlyWhatXmlCannotHoldAsItIs() {
    assertThat(EncryptedSheetDataWriter.escaped('a')).isNull();
    assertThat(EncryptedSheetDataWriter.escaped('é')).isNull();
    assertThat(EncryptedSheetDataWriter.escaped('<')).isEqualTo("&lt;");
    assertThat(EncryptedSheetDataWriter.escaped('&')).isEqualTo("&amp;");
    assertThat(EncryptedSheetDataWriter.escaped('\n')).isEqualTo("&#xa;");
    assertThat(EncryptedSheetDataWriter.escaped('\u0007')).isEqualTo("?");
    assertThat(EncryptedSheetDataWriter.escaped('\uFFFF')).isEqualTo("?");
  }

  @Test
  void theTempFileNeverHoldsTheTextInTheClear() throws IOException {
    String secret = "Confidential renewal plan of Acme";
    List<String> before = ReportWriterTest.poiTempFiles();
    try (SXSSFWorkbook workbook = workbook(true)) {
      SXSSFSheet sheet = workbook.createSheet("Observations");
      for (int i = 0; i < 50; i++) {
        sheet.createRow(i).createCell(0).setCellValue(secret + " " + i);
      }
      sheet.flushRows();

      List<String> created = new ArrayList<>(ReportWriterTest.poiTempFiles());
      created.removeAll(before);
      assertThat(created).isNotEmpty();
      for (String name : created) {
        File file = new File(new File(System.getProperty("java.io.tmpdir"), "poifiles"), name);
        String bytes = new String(Files.readAllBytes(file.toPath()), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Confidential").doesNotContain("<row");
      }

      // ...and the workbook still reads back what was written.
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      assertThat(entry(out.toByteArray(), "xl/worksheets/sheet1.xml")).contains(secret + " 49");
      workbook.dispose();
    }
  }

  private static String sheetXml(boolean ours) throws IOException {
    try (SXSSFWorkbook workbook = workbook(ours)) {
      SXSSFSheet sheet = workbook.createSheet("Text");
      for (int i = 0; i < AWKWARD_TEXT.size(); i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(AWKWARD_TEXT.get(i));
        row.createCell(1).setCellValue(i * 1.5);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
    }
  }

  private static SXSSFWorkbook workbook(boolean ours) {
    return new SXSSFWorkbook(2) {
      @Override
      protected SheetDataWriter createSheetDataWriter() throws IOException {
        return ours ? new EncryptedSheetDataWriter() : new SheetDataWriter();
      }
    };
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(zip));
        InputStream part =
            pkg.getPart(PackagingURIHelper.createPartName("/" + name)).getInputStream()) {
      return new String(part.readAllBytes(), StandardCharsets.UTF_8);
    } catch (InvalidFormatException e) {
      throw new IOException(e);
    }
  }
}
