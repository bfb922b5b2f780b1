package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.AlreadyImportedException;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.ImportBatch;
import com.outsidein.domain.ImportCancelledException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportRemoval;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.Problem;
import com.outsidein.domain.Study;
import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.service.WorkspaceSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observation import from CSV on a real workspace file: all of a file, or nothing. */
class ObservationImportTest {

  static final String HEADER =
      "interview,interview_date,participant,participant_email,role,account,segment,"
          + "interviewer,channel,journey_stage,touchpoint,function,kind,observation,quote,codes,"
          + "sentiment\r\n";

  @TempDir Path folder;
  private WorkspaceSession session;
  private ObservationImporter importer;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
    importer = new ObservationImporter(session);
  }

  @AfterEach
  void close() {
    session.close();
  }

  private Path file(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private ImportSummary importFile(Path file, String study) {
    return importer.importObservations(file, study, false, ImportProgress.NONE);
  }

  private List<ObservationRow> rows() {
    return session.observations().rows(ObservationFilter.ALL, 0, 1_000);
  }

  @Test
  void humanHeadersAndKindsAsTheReportWritesThemImportLikeTheFormatsNames() throws Exception {
    Path file =
        file(
            "human.csv",
            "Interview,Interview date,Participant,Participant email,Journey-stage,Kind,"
                + "Observation,Sentiment\r\n"
                + "Kick-off,2024-03-05,Åsa Öberg,asa@example.com,Onboard,Says they do,"
                + "Plans every Monday,1\r\n"
                + "Kick-off,2024-03-05,Åsa Öberg,asa@example.com,Onboard,SAYS_THEY_DO,"
                + "Plans on paper,\r\n"
                + "Kick-off,2024-03-05,Åsa Öberg,asa@example.com,Onboard,Does,Rekeys orders,\r\n");

    ImportSummary summary = importFile(file, "Human");

    assertThat(summary.rows()).isEqualTo(3);
    assertThat(summary.warnings()).isEmpty();
    List<ObservationRow> rows = rows();
    assertThat(rows)
        .extracting(r -> r.observation().kind())
        .containsExactlyInAnyOrder(
            ObservationKind.SAYS_THEY_DO, ObservationKind.SAYS_THEY_DO, ObservationKind.DOES);
    assertThat(rows).allSatisfy(r -> assertThat(r.journeyStage()).isEqualTo("Onboard"));
    assertThat(rows).allSatisfy(r -> assertThat(r.interview()).isEqualTo("Kick-off"));
    assertThat(session.people().people())
        .singleElement()
        .extracting(Person::email)
        .isEqualTo("asa@example.com");
  }

  @Test
  void aMessyFileListsEveryProblemWithRowAndColumnAndWritesNothing() throws Exception {
    String text =
        "\uFEFF"
            + HEADER.replace("sentiment\r\n", "sentiment,mood\r\n")
            + "Kick-off,2024-03-05,Åsa Öberg,asa@example.com,Planner,Nordlicht GmbH,SMB,Lee,"
            + "Video,Onboard,Setup,Support,says,\"Setup took\r\ntwo days\",\"Zwei Tage, ehrlich\","
            + "Onboarding/Setup pain,-1,grumpy\r\n"
            + "Kick-off,2024-03-05,Åsa Öberg,,,,,,,,,,does,Exports to Excel,,,5,\r\n"
            + "Kick-off,2024-02-30,Åsa Öberg,,,,,,,,,,note,Calls support,,,,\r\n"
            + "Kick-off,2024-03-05,Åsa Öberg,,,,,,,,,,note,   ,,,,\r\n";
    Path file = file("messy.csv", text);
    WorkspaceCounts before = session.counts();

    assertThatThrownBy(() -> importFile(file, "Churn"))
        .isInstanceOfSatisfying(
            BadInputException.class,
            bad ->
                assertThat(bad.problems())
                    .extracting(Problem::where)
                    .containsExactly(
                        "messy.csv, row 3, column sentiment",
                        "messy.csv, row 4, column interview_date",
                        "messy.csv, row 5, column observation"));

    assertThat(session.counts()).isEqualTo(before);
    assertThat(session.studies().all()).isEmpty();
    assertThat(session.imports().batches()).isEmpty();
  }

  @Test
  void theMessagesSayWhatIsWrongInWords() throws Exception {
    Path file =
        file(
            "words.csv",
            HEADER + ",,,,,,,,,,,,maybe,Text,,,3\r\n" + ",2024-13-01,,,,,,,,,,,,Text,,,\r\n");

    assertThatThrownBy(() -> importFile(file, "Churn"))
        .isInstanceOfSatisfying(
            BadInputException.class,
            bad ->
                assertThat(bad.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "words.csv, row 2, column kind: \"maybe\" is not a kind; use says, does,"
                            + " says-they-do or note",
                        "words.csv, row 2, column sentiment: 3 is outside -2..2",
                        "words.csv, row 3, column interview_date: \"2024-13-01\" is not a date;"
                            + " write it as YYYY-MM-DD, such as 2024-03-05"));
  }

  @Test
  void aCleanFileWithBomCrlfQuotedNewlinesAndUnicodeImportsWholeWithAWarningForAnUnknownColumn()
      throws Exception {
    Path file =
        file(
            "clean.csv",
            "\uFEFF"
                + HEADER.replace("sentiment\r\n", "sentiment,mood\r\n")
                + "Kick-off,2024-03-05,Åsa Öberg,asa@example.com,Planner,Nordlicht GmbH,Hobbyist,"
                + "Lee,Video,Onboard,Setup,Support,says,\"Setup took\r\ntwo days\","
                + "\"Zwei Tage, \"\"ehrlich\"\"\",Onboarding / Setup pain; Trust,-1,grumpy\r\n"
                + "Kick-off,,Åsa Öberg,,,,,,,,,,does-not-matter-kind,x,,,,\r\n"
                    .replace("does-not-matter-kind", "DOES")
                + ",,,,,,,,,,,,,Market note without interview,,,,\r\n");

    ImportSummary summary = importFile(file, "Churn");

    assertThat(summary.rows()).isEqualTo(3);
    assertThat(summary.studyCreated()).isTrue();
    assertThat(summary.newPeople()).containsExactly("Åsa Öberg");
    assertThat(summary.newAccounts()).containsExactly("Nordlicht GmbH");
    assertThat(summary.newCodes()).containsExactly("Onboarding", "Onboarding/Setup pain", "Trust");
    assertThat(summary.newInterviews()).containsExactly("Kick-off");
    assertThat(summary.newDimensionValues()).containsOnlyKeys(Dimension.SEGMENT);
    assertThat(summary.newDimensionValues().get(Dimension.SEGMENT)).containsExactly("Hobbyist");
    assertThat(summary.warnings()).singleElement().asString().contains("\"mood\"");

    List<ObservationRow> rows = rows();
    assertThat(rows).hasSize(3);
    ObservationRow first = rows.get(2);
    assertThat(first.observation().text()).isEqualTo("Setup took\r\ntwo days");
    assertThat(first.observation().quote()).isEqualTo("Zwei Tage, \"ehrlich\"");
    assertThat(first.observation().kind()).isEqualTo(ObservationKind.SAYS);
    assertThat(first.observation().sentiment()).isEqualTo(-1);
    assertThat(first.speaker()).isEqualTo("Åsa Öberg");
    assertThat(first.account()).isEqualTo("Nordlicht GmbH");
    assertThat(first.segment()).isEqualTo("Hobbyist");
    assertThat(first.journeyStage()).isEqualTo("Onboard");
    assertThat(first.codePaths()).containsExactly("Onboarding/Setup pain", "Trust");
    assertThat(rows.get(1).observation().kind()).isEqualTo(ObservationKind.DOES);
    assertThat(rows.get(0).interview()).isNull();
    assertThat(rows.get(0).observation().speakerId()).isNull();
    long interviewId = first.observation().interviewId();
    assertThat(session.interviews().participants(interviewId))
        .extracting(Person::name)
        .containsExactly("Åsa Öberg");
    assertThat(session.imports().batches())
        .singleElement()
        .satisfies(
            batch -> {
              assertThat(batch.fileName()).isEqualTo("clean.csv");
              assertThat(batch.rowCount()).isEqualTo(3);
              assertThat(batch.sha256()).hasSize(64);
            });
  }

  @Test
  void peopleAreMatchedByEmailInAnotherCaseAndAccountsAndCodesByName() throws Exception {
    Person anna =
        session
            .people()
            .createPerson(
                new Person(0, "Anna Berg", null, null, "Anna.Berg@Example.com", Consent.NONE));
    session.codebook().ensurePath("Onboarding/Setup pain");
    Path file =
        file(
            "match.csv",
            "participant,participant_email,observation,codes\n"
                + "A. Berg,anna.berg@EXAMPLE.COM,Reads the manual first,onboarding/setup PAIN\n"
                + "anna berg,,Asks a colleague,\n");

    ImportSummary summary = importFile(file, "Churn");

    assertThat(summary.newPeople()).isEmpty();
    assertThat(summary.newCodes()).isEmpty();
    assertThat(rows())
        .allSatisfy(row -> assertThat(row.observation().speakerId()).isEqualTo(anna.id()));
    assertThat(session.people().people()).hasSize(1);
  }

  @Test
  void withoutAnInterviewColumnDateAndParticipantIdentifyTheInterview() throws Exception {
    Path file =
        file(
            "dated.csv",
            "participant,interview_date,observation\n"
                + "Bo Li,2024-04-01,One\n"
                + "Bo Li,2024-04-01,Two\n"
                + "Bo Li,2024-04-02,Three\n");

    ImportSummary summary = importFile(file, "Churn");

    assertThat(summary.newInterviews()).containsExactly("Bo Li, 2024-04-01", "Bo Li, 2024-04-02");
  }

  @Test
  void theSameFileTwiceIsRefusedThenAcceptedWithAgain() throws Exception {
    Path file = file("twice.csv", "observation\nOnce\n");
    importFile(file, "Churn");

    assertThatThrownBy(() -> importFile(file, "Churn"))
        .isInstanceOfSatisfying(
            AlreadyImportedException.class,
            e -> {
              assertThat(e.earlier()).hasSize(1);
              assertThat(e.problems().get(0).toString()).contains("twice.csv").contains("--again");
            });
    assertThat(rows()).hasSize(1);

    importer.importObservations(file, "Churn", true, ImportProgress.NONE);

    assertThat(rows()).hasSize(2);
    assertThat(session.imports().batches()).hasSize(2);
  }

  @Test
  void removingAnImportTakesAwayWhatItCreatedAndKeepsWhatOthersUse() throws Exception {
    Person known =
        session
            .people()
            .createPerson(new Person(0, "Known Person", null, null, "known@x.org", Consent.NONE));
    Study study = session.studies().create(Study.titled("Churn"));
    session
        .observations()
        .create(com.outsidein.domain.Observation.note(study.id(), "By hand"), List.of());
    Path file =
        file(
            "remove.csv",
            "interview,participant,participant_email,account,observation,codes\n"
                + "Visit,New Person,new@x.org,New Co,First,Fresh/Leaf\n"
                + "Visit,Known Person,KNOWN@x.org,,Second,Fresh/Leaf\n");
    ImportSummary summary = importFile(file, "Churn");
    WorkspaceCounts imported = session.counts();
    AtomicInteger events = new AtomicInteger();
    session.events().subscribe(topic -> events.incrementAndGet());

    ImportRemoval removal = session.imports().remove(summary.batchId());

    assertThat(removal.observations()).isEqualTo(2);
    assertThat(removal.interviews()).isEqualTo(1);
    assertThat(removal.people()).isEqualTo(1);
    assertThat(removal.accounts()).isEqualTo(1);
    assertThat(removal.codes()).isEqualTo(2);
    assertThat(rows()).extracting(r -> r.observation().text()).containsExactly("By hand");
    assertThat(session.people().people()).extracting(Person::name).containsExactly("Known Person");
    assertThat(session.people().accounts()).isEmpty();
    assertThat(session.codebook().tree().isEmpty()).isTrue();
    assertThat(session.interviews().summaries(null)).isEmpty();
    assertThat(session.imports().batches()).isEmpty();
    assertThat(imported.observations()).isEqualTo(3);
    assertThat(events.get()).isPositive();
  }

  @Test
  void anInterviewSomeoneLoggedIntoAfterTheImportStays() throws Exception {
    ImportSummary summary = importFile(file("keep.csv", "interview,observation\nVisit,One\n"), "S");
    long interviewId = rows().get(0).observation().interviewId();
    var extra =
        com.outsidein.domain.Observation.note(rows().get(0).observation().studyId(), "Mine");
    session
        .observations()
        .create(
            new com.outsidein.domain.Observation(
                0,
                extra.studyId(),
                interviewId,
                null,
                "Mine",
                null,
                ObservationKind.NOTE,
                null,
                null,
                null,
                null,
                null,
                null),
            List.of());

    session.imports().remove(summary.batchId());

    assertThat(session.interviews().get(interviewId)).isPresent();
    assertThat(rows()).extracting(r -> r.observation().text()).containsExactly("Mine");
  }

  @Test
  void aCancelledImportWritesNothing() throws Exception {
    StringBuilder text = new StringBuilder("interview,participant,observation\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("Visit ")
          .append(i % 50)
          .append(",P")
          .append(i % 70)
          .append(",Row ")
          .append(i)
          .append('\n');
    }
    Path file = file("cancel.csv", text.toString());
    AtomicInteger updates = new AtomicInteger();
    ImportProgress cancelLate =
        new ImportProgress() {
          @Override
          public void update(long done, long total) {
            updates.incrementAndGet();
          }

          @Override
          public boolean isCancelled() {
            return updates.get() > 8;
          }
        };

    assertThatThrownBy(() -> importer.importObservations(file, "Churn", false, cancelLate))
        .isInstanceOf(ImportCancelledException.class);

    assertThat(updates.get()).isGreaterThan(8);
    assertThat(session.counts().observations()).isZero();
    assertThat(session.counts().people()).isZero();
    assertThat(session.studies().all()).isEmpty();
    assertThat(session.imports().batches()).isEmpty();
  }

  @Test
  void batchesListTheirFileDateAndRows() throws Exception {
    importFile(file("a.csv", "observation\nOne\nTwo\n"), "Churn");

    ImportBatch batch = session.imports().batches().get(0);

    assertThat(batch.kind()).isEqualTo(ImportBatch.Kind.OBSERVATIONS);
    assertThat(batch.rowCount()).isEqualTo(2);
    assertThat(batch.importedAt()).isNotNull();
    assertThat(session.studies().all())
        .filteredOn(study -> study.id() == batch.studyId())
        .extracting(Study::title)
        .containsExactly("Churn");
  }
}
