package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.EmailAddress;
import com.outsidein.domain.ImportedPerson;
import com.outsidein.domain.PeopleImport;
import com.outsidein.domain.Problem;
import com.outsidein.exchange.ExchangeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks a whole people file (CSV, or the first sheet of a workbook): name (required),
 * email, role, account, segment, consent_notes, consent_quotes, consent_recording (yes/no) and
 * consent_given_on. Any broken rule stops it with every problem listed.
 */
public final class PeopleFileReader {

  static final String NAME = "name";
  static final String EMAIL = "email";
  static final String ROLE = "role";
  static final String ACCOUNT = "account";
  static final String SEGMENT = "segment";
  static final String NOTES = "consent_notes";
  static final String QUOTES = "consent_quotes";
  static final String RECORDING = "consent_recording";
  static final String GIVEN_ON = "consent_given_on";
  static final Set<String> COLUMNS =
      Set.of(NAME, EMAIL, ROLE, ACCOUNT, SEGMENT, NOTES, QUOTES, RECORDING, GIVEN_ON);

  public PeopleImport read(Path file, String sha256) {
    String name = TableFiles.nameOf(file);
    List<Problem> problems = new ArrayList<>();
    List<ImportedPerson> rows = new ArrayList<>();
    Header[] header = new Header[1];
    CellRules[] cells = new CellRules[1];
    TableReader table = TableFiles.readerFor(file, "People");
    try {
      table.read(
          file,
          (number, row) -> {
            if (header[0] == null) {
              String where = table.where(name);
              header[0] = new Header(where, row, COLUMNS, List.of(NAME));
              problems.addAll(header[0].problems());
              cells[0] = new CellRules(where, header[0], problems);
              return problems.isEmpty();
            }
            if (row.stream().allMatch(String::isBlank)) {
              return true;
            }
            ImportedPerson person = person(cells[0], number, row);
            if (person != null) {
              rows.add(person);
            }
            return true;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header[0] == null) {
      throw new BadInputException(table.where(name), ExchangeText.get("problem.noHeaderRow"));
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      throw new BadInputException(table.where(name), ExchangeText.get("problem.noPeople"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new PeopleImport(name, sha256, rows, header[0].warnings());
  }

  private static ImportedPerson person(CellRules cells, int number, List<String> row) {
    cells.startRow(number, row);
    int before = cells.problemCount();
    String email = cells.email(EMAIL, ObservationRowParser.MAX_EMAIL);
    if (email != null && !EmailAddress.isValid(email)) {
      cells.problem(EMAIL, EmailAddress.problem(email));
    }
    ImportedPerson person =
        new ImportedPerson(
            number,
            cells.required(NAME, ObservationRowParser.MAX_NAME),
            email,
            cells.text(ROLE, ObservationRowParser.MAX_NAME),
            cells.text(ACCOUNT, ObservationRowParser.MAX_NAME),
            cells.text(SEGMENT, ObservationRowParser.MAX_VALUE),
            cells.yesNo(NOTES),
            cells.yesNo(QUOTES),
            cells.yesNo(RECORDING),
            cells.date(GIVEN_ON));
    return cells.problemCount() == before ? person : null;
  }
}
