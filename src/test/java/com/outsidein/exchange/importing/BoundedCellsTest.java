package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ObservationImport;
import com.outsidein.domain.PeopleImport;
import com.outsidein.domain.Problem;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each cell gets at most one problem, a workbook's problems name the sheet read, code paths and
 * code lists are bounded, and any number of unknown columns make one warning.
 */
class BoundedCellsTest {

  @TempDir Path folder;

  private Path csv(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path workbook(String name, String sheetName, List<List<String>> rows) throws Exception {
    Path file = folder.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not this one");
      Sheet sheet = book.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      book.write(out);
    }
    return file;
  }

  private static ObservationImport read(Path file) {
    return new ObservationFileReader().read(file, "sha", ImportProgress.NONE);
  }

  private static List<String> problems(Path file) {
    BadInputException bad = catchThrowableOfType(() -> read(file), BadInputException.class);
    assertThat(bad).as("refused").isNotNull();
    return bad.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void anOverLongRequiredCellIsOneProblemNotAlsoBlank() throws Exception {
    Path file = csv("long.csv", "observation\n" + "x".repeat(20_001) + "\n");

    assertThat(problems(file))
        .containsExactly("long.csv, row 2, column observation: is longer than 20000 characters");
  }

  @Test
  void aCellOfManyOverLongCodeNamesIsOneProblem() throws Exception {
    String longName = "n".repeat(201);
    Path file = csv("codes.csv", "observation,codes\nText," + longName + ";" + longName + "\n");

    assertThat(problems(file))
        .containsExactly(
            "codes.csv, row 2, column codes: a code name is longer than 200 characters");
  }

  @Test
  void aWorkbooksProblemsNameTheSheetRead() throws Exception {
    Path file =
        workbook(
            "study.xlsx",
            "Observations",
            List.of(List.of("observation", "sentiment"), List.of("Text", "9")));

    assertThat(problems(file))
        .containsExactly(
            "study.xlsx, sheet \"Observations\", row 2, column sentiment: 9 is outside -2..2");
  }

  @Test
  void aWorkbookWithoutAnObservationsSheetNamesTheFirstSheetAsTheOneRead() throws Exception {
    Path file = workbook("first.xlsx", "Data", List.of(List.of("kind")));

    assertThat(problems(file))
        .singleElement()
        .asString()
        .startsWith("first.xlsx, sheet \"Notes\", row 1: the required column \"observation\"");
  }

  @Test
  void aPeopleWorkbooksProblemsNameTheSheetToo() throws Exception {
    Path file =
        workbook(
            "people.xlsx",
            "People",
            List.of(List.of("name", "email"), List.of("Anna", "not-an-address")));

    BadInputException bad =
        catchThrowableOfType(
            () -> new PeopleFileReader().read(file, "sha"), BadInputException.class);
    assertThat(bad.problems())
        .extracting(Problem::where)
        .containsExactly("people.xlsx, sheet \"People\", row 2, column email");
  }

  @Test
  void aCodePathOfTwentyLevelsIsReadAndOfTwentyOneIsAProblemForItsRow() throws Exception {
    String twenty = levels(20);
    String twentyOne = levels(21);

    assertThat(
            read(csv("ok.csv", "observation,codes\nText," + twenty + "\n"))
                .rows()
                .get(0)
                .codePaths()
                .get(0))
        .hasSize(20);
    assertThat(problems(csv("deep.csv", "observation,codes\nFine,a\nDeep," + twentyOne + "\n")))
        .containsExactly(
            "deep.csv, row 3, column codes: a code path has 21 levels; a code path has at most 20");
  }

  @Test
  void aCellOfAHundredCodesIsReadAndOfMoreIsAProblem() throws Exception {
    assertThat(
            read(csv("ok.csv", "observation,codes\nText," + codes(100) + "\n"))
                .rows()
                .get(0)
                .codePaths())
        .hasSize(100);
    assertThat(problems(csv("many.csv", "observation,codes\nText," + codes(101) + "\n")))
        .containsExactly(
            "many.csv, row 2, column codes: holds 101 codes; a cell holds at most 100 (split the"
                + " observation or merge codes)");
  }

  @Test
  void thousandsOfUnknownColumnsAreOneWarningThatCountsThem() throws Exception {
    String extra =
        IntStream.range(0, 5_000).mapToObj(i -> "x" + i).collect(Collectors.joining(","));
    String blanks = ",".repeat(5_000);
    Path file = csv("wide.csv", "observation," + extra + "\nText" + blanks + "\n");

    assertThat(read(file).warnings())
        .containsExactly(
            "5,000 columns are not part of the import format and are ignored: \"x0\", \"x1\","
                + " \"x2\", \"x3\", \"x4\" and 4,995 more.");
  }

  @Test
  void twoUnknownColumnsAreOneWarningNamingBoth() throws Exception {
    Path file = csv("two.csv", "observation,mood,weather\nText,ok,sun\n");

    assertThat(read(file).warnings())
        .containsExactly(
            "2 columns are not part of the import format and are ignored: \"mood\", \"weather\".");
  }

  @Test
  void aMissingRequiredColumnAmongThousandsNamesAFewAndCountsTheRest() throws Exception {
    String header =
        IntStream.range(0, 3_000).mapToObj(i -> "x" + i).collect(Collectors.joining(","));

    assertThat(problems(csv("nothing.csv", header + "\n" + ",".repeat(2_999) + "a\n")))
        .containsExactly(
            "nothing.csv, row 1: the required column \"observation\" is missing (the header row"
                + " has: x0, x1, x2, x3, x4 and 2,995 more)");
  }

  @Test
  void thePeopleImportGetsOneWarningToo() throws Exception {
    Path file = csv("people.csv", "name,shoe,hat,scarf\nAnna,1,2,3\n");

    PeopleImport people = new PeopleFileReader().read(file, "sha");
    assertThat(people.warnings()).hasSize(1);
  }

  private static String levels(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "L" + i).collect(Collectors.joining("/"));
  }

  private static String codes(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "C" + i).collect(Collectors.joining(";"));
  }
}
