package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.AlreadyImportedException;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Consent;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.Person;
import com.outsidein.domain.Problem;
import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleImportTest {

  private static final String HEADER =
      "name,email,role,account,segment,consent_notes,consent_quotes,consent_recording,"
          + "consent_given_on\n";

  @TempDir Path folder;
  private WorkspaceSession session;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
  }

  @AfterEach
  void close() {
    session.close();
  }

  private Path csv(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private ImportSummary importFile(Path file) {
    return new PeopleImporter(session).importPeople(file, false, ImportProgress.NONE);
  }

  @Test
  void newPeopleAreCreatedAndExistingOnesUpdatedByEmailOrName() throws Exception {
    Person anna =
        session
            .people()
            .createPerson(new Person(0, "Anna Berg", "Intern", null, "anna@x.org", Consent.NONE));
    Person bo =
        session.people().createPerson(new Person(0, "Bo Li", null, null, null, Consent.NONE));
    Path file =
        csv(
            "people.csv",
            HEADER
                + "A. Berg,ANNA@X.ORG,Head of ops,Acme,Hobbyist,yes,yes,no,2024-03-01\n"
                + "bo li,bo@y.org,Buyer,,,,,,\n"
                + "Cleo Diaz,cleo@z.org,,Acme,,no,no,no,\n");

    ImportSummary summary = importFile(file);

    assertThat(summary.rows()).isEqualTo(3);
    assertThat(summary.newPeople()).containsExactly("Cleo Diaz");
    assertThat(summary.newAccounts()).containsExactly("Acme");
    Person annaNow = session.people().get(anna.id()).orElseThrow();
    assertThat(annaNow.name()).isEqualTo("Anna Berg");
    assertThat(annaNow.role()).isEqualTo("Head of ops");
    assertThat(annaNow.consent())
        .isEqualTo(new Consent(LocalDate.of(2024, 3, 1), true, true, false, null));
    assertThat(session.people().history(anna.id()).events()).isNotEmpty();
    Person boNow = session.people().get(bo.id()).orElseThrow();
    assertThat(boNow.email()).isEqualTo("bo@y.org");
    assertThat(boNow.role()).isEqualTo("Buyer");
    assertThat(session.people().people()).hasSize(3);
  }

  @Test
  void aBadRowStopsTheWholeFileWithEveryProblem() throws Exception {
    WorkspaceCounts before = session.counts();
    Path file =
        csv(
            "bad.csv",
            HEADER
                + "Good Person,good@x.org,,,,yes,,,\n"
                + ",nobody@x.org,,,,maybe,,,\n"
                + "Date Person,not-an-email,,,,,,,2024-02-30\n");

    assertThatThrownBy(() -> importFile(file))
        .isInstanceOfSatisfying(
            BadInputException.class,
            bad ->
                assertThat(bad.problems())
                    .extracting(Problem::where)
                    .containsExactly(
                        "bad.csv, row 3, column name",
                        "bad.csv, row 3, column consent_notes",
                        "bad.csv, row 4, column email",
                        "bad.csv, row 4, column consent_given_on"));
    assertThat(session.counts()).isEqualTo(before);
  }

  @Test
  void theSameFileTwiceIsRefusedAndRemovingItTakesAwayThePeopleItCreated() throws Exception {
    Path file = csv("once.csv", "name,account\nNew One,New Co\n");
    ImportSummary summary = importFile(file);

    assertThatThrownBy(() -> importFile(file)).isInstanceOf(AlreadyImportedException.class);
    session.imports().remove(summary.batchId());

    assertThat(session.people().people()).isEmpty();
    assertThat(session.people().accounts()).isEmpty();
  }
}
