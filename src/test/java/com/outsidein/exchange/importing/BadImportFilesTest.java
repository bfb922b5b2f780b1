package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.service.WorkspaceSession;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file is refused whole with a clear message, and the workspace is unchanged. */
class BadImportFilesTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private WorkspaceCounts before;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
    before = session.counts();
  }

  @AfterEach
  void unchangedAndClosed() {
    assertThat(session.counts()).isEqualTo(before);
    assertThat(session.imports().batches()).isEmpty();
    assertThat(session.studies().all()).isEmpty();
    session.close();
  }

  private Path bytes(String name, byte[] content) throws Exception {
    Path file = folder.resolve(name);
    Files.write(file, content);
    return file;
  }

  private String refusal(Path file) {
    BadInputException bad =
        (BadInputException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    new ObservationImporter(session)
                        .importObservations(file, "Study", false, ImportProgress.NONE));
    assertThat(bad).as("refused").isNotNull();
    return bad.problems().get(0).toString();
  }

  @Test
  void anEmptyFile() throws Exception {
    assertThat(refusal(bytes("empty.csv", new byte[0]))).isEqualTo("empty.csv: the file is empty");
  }

  @Test
  void aHeaderWithNoRows() throws Exception {
    assertThat(
            refusal(bytes("header.csv", "observation,kind\r\n".getBytes(StandardCharsets.UTF_8))))
        .contains("no observations");
  }

  @Test
  void binaryGarbage() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    garbage[10] = 0;
    assertThat(refusal(bytes("garbage.csv", garbage))).contains("not a text file");
  }

  @Test
  void bytesThatAreNotUtf8() throws Exception {
    byte[] latin1 = "observation\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refusal(bytes("latin1.csv", latin1))).contains("not UTF-8");
  }

  @Test
  void aTextFileNamedXlsx() throws Exception {
    assertThat(refusal(bytes("fake.xlsx", "observation\nHello\n".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("fake.xlsx: this is not an Excel workbook (.xlsx), though its name says so");
  }

  @Test
  void aZipThatIsNotAWorkbookNamedXlsx() throws Exception {
    Path file = folder.resolve("other.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(refusal(file)).contains("other.xlsx");
  }

  @Test
  void aZipBomb() throws Exception {
    Path real = folder.resolve("real.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(real)) {
      workbook.createSheet("Observations").createRow(0).createCell(0).setCellValue("observation");
      workbook.write(out);
    }
    Path bomb = folder.resolve("bomb.xlsx");
    ZipBomb.of(real, bomb, "xl/worksheets/sheet1.xml", "<sheetData>");
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    assertThat(refusal(bomb)).contains("zip bomb");
  }

  @Test
  void anUnterminatedQuote() throws Exception {
    String text = "observation,quote\nFine,\"ok\"\nBroken,\"never closed\nMore,\n";
    assertThat(refusal(bytes("quote.csv", text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(
            "quote.csv, row 3: a quoted value is never closed (a \" is missing), so the rest of"
                + " the file cannot be read");
  }

  @Test
  void aMissingRequiredColumn() throws Exception {
    assertThat(
            refusal(bytes("nocol.csv", "text,kind\nHello,says\n".getBytes(StandardCharsets.UTF_8))))
        .startsWith("nocol.csv, row 1: the required column \"observation\" is missing");
  }

  @Test
  void aSentimentOutOfRange() throws Exception {
    assertThat(
            refusal(
                bytes(
                    "range.csv",
                    "observation,sentiment\nGood,2\nToo good,3\n"
                        .getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("range.csv, row 3, column sentiment: 3 is outside -2..2");
  }

  @Test
  void anImpossibleDate() throws Exception {
    assertThat(
            refusal(
                bytes(
                    "date.csv",
                    "observation,interview_date\nLeap,2023-02-29\n"
                        .getBytes(StandardCharsets.UTF_8))))
        .startsWith("date.csv, row 2, column interview_date: \"2023-02-29\" is not a date");
  }

  @Test
  void aFileOfAnotherKind() throws Exception {
    assertThat(refusal(bytes("notes.docx", new byte[] {1, 2, 3})))
        .contains("only .csv and .xlsx files can be imported");
  }

  @Test
  void aFileThatIsNotThere() {
    assertThat(refusal(folder.resolve("gone.csv"))).isEqualTo("gone.csv: there is no such file");
  }

  @Test
  void aDuplicatedColumn() throws Exception {
    assertThat(
            refusal(
                bytes(
                    "dup.csv",
                    "observation,Observation\nOne,Two\n".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(
            "dup.csv, row 1, column observation: the column appears twice in the header row");
  }

  @Test
  void moreThanTwentyProblemsKeepTheFirstTwentyAndCountTheRest() throws Exception {
    StringBuilder text = new StringBuilder("observation,sentiment\n");
    for (int i = 0; i < 30; i++) {
      text.append("Row,9\n");
    }
    BadInputException bad =
        (BadInputException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    new ObservationImporter(session)
                        .importObservations(
                            bytes("many.csv", text.toString().getBytes(StandardCharsets.UTF_8)),
                            "S",
                            false,
                            ImportProgress.NONE));
    assertThat(bad.problems()).hasSize(BadInputException.MAX_PROBLEMS);
    assertThat(bad.total()).isEqualTo(30);
  }
}
