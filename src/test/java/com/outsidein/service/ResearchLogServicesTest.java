package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Code;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research log's use cases on a real workspace file. */
class ResearchLogServicesTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private Study study;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("log"));
    study = session.studies().create(Study.titled("Churn 2026"));
  }

  @AfterEach
  void close() {
    session.close();
  }

  private Person person(String name, String email, Consent consent) {
    return session.people().createPerson(new Person(0, name, null, null, email, consent));
  }

  private Interview interview(String title, String notes, Person... participants) {
    return session
        .interviews()
        .create(
            new Interview(
                0, study.id(), title, LocalDate.of(2026, 3, 2), null, null, null, notes, "", null),
            List.of(participants).stream().map(Person::id).toList());
  }

  private Observation said(
      Interview interview, Person speaker, String text, String quote, Long... codes) {
    return session
        .observations()
        .create(
            new Observation(
                0,
                study.id(),
                interview.id(),
                speaker.id(),
                text,
                quote,
                ObservationKind.SAYS,
                null,
                null,
                null,
                1,
                null,
                null),
            List.of(codes));
  }

  private Insight insight(String title, Long... evidence) {
    return session
        .insights()
        .create(
            new Insight(
                0,
                study.id(),
                title,
                "",
                Facet.PROBLEMS,
                KnowledgeStage.HEURISTIC,
                Level.MEDIUM,
                Level.HIGH,
                InsightStatus.DRAFT),
            List.of(evidence));
  }

  private List<ObservationRow> rows() {
    return session.observations().rows(ObservationFilter.ALL, 0, 1000);
  }

  @Test
  void mergingPeopleMovesEveryLinkAndKeepsTheStricterConsent() {
    Person priya =
        person(
            "Priya Raman",
            "priya@harbour.example",
            new Consent(LocalDate.of(2025, 1, 5), true, true, true, null));
    Person duplicate =
        person("P. Raman", null, new Consent(LocalDate.of(2025, 6, 1), true, false, true, null));
    Interview first = interview("Dispatch visit", "Notes.", priya);
    Interview second = interview("Renewal call", "More notes.", duplicate);
    Observation spoken =
        said(second, duplicate, "Prints the route sheet", "We print it every morning");

    Person merged = session.people().merge(priya.id(), duplicate.id());

    assertThat(session.people().get(duplicate.id())).isEmpty();
    assertThat(session.interviews().participantIds(first.id())).containsExactly(priya.id());
    assertThat(session.interviews().participantIds(second.id())).containsExactly(priya.id());
    assertThat(session.observations().get(spoken.id()).orElseThrow().speakerId())
        .isEqualTo(priya.id());
    assertThat(merged.consent().quotes()).isFalse();
    assertThat(merged.consent().givenOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(session.people().get(priya.id()).orElseThrow().consent())
        .isEqualTo(merged.consent());
    assertThat(session.people().history(priya.id()).events())
        .anySatisfy(e -> assertThat(e.title()).contains("Merged with P. Raman"));

    session.history().undo();

    assertThat(session.people().get(duplicate.id())).isPresent();
    assertThat(session.interviews().participantIds(second.id())).containsExactly(duplicate.id());
    assertThat(session.observations().get(spoken.id()).orElseThrow().speakerId())
        .isEqualTo(duplicate.id());
    assertThat(session.people().get(priya.id()).orElseThrow().consent().quotes()).isTrue();
  }

  @Test
  void forgettingAPersonLeavesNoTraceOfTheirNameOrEmailInAnyTable() {
    Person priya =
        person(
            "Priya Raman",
            "Priya.Raman@harbour.example",
            new Consent(LocalDate.of(2025, 1, 5), true, true, true, null));
    Person declan =
        person(
            "Declan Mooney",
            "declan@harbour.example",
            new Consent(LocalDate.of(2025, 1, 5), true, true, true, null));
    String notes =
        "Visit with Priya Raman and Declan.\n\nPriya said: \"The map freezes in the car park.\" Declan disagreed. Write to priya.raman@harbour.example.";
    Interview visit = interview("Visit to Priya Raman's depot", notes, priya, declan);
    int quoteAt = notes.indexOf("The map freezes");
    Observation quoted =
        session
            .observations()
            .createFromPassage(visit.id(), InterviewField.NOTES, quoteAt, quoteAt + 31);
    Observation aboutHer = said(visit, declan, "Declan says Priya Raman plans the routes", null);
    insight("Priya Raman's workaround", aboutHer.id());

    session.people().forget(priya.id());

    WorkspaceSessionProbe probe = new WorkspaceSessionProbe(session);
    assertThat(probe.containsAnywhere("Priya Raman")).isFalse();
    assertThat(probe.containsAnywhere("priya.raman@harbour.example")).isFalse();
    Interview after = session.interviews().get(visit.id()).orElseThrow();
    assertThat(after.notes()).doesNotContain("Priya").contains("Declan");
    Observation anonymised = session.observations().get(quoted.id()).orElseThrow();
    assertThat(anonymised.speakerId()).isNull();
    assertThat(anonymised.quote()).isNull();
    var h = anonymised.highlight();
    assertThat(after.notes().substring(h.start(), h.end()))
        .isEqualTo("The map freezes in the car park.".substring(0, 31));
    assertThat(session.history().canUndo()).isFalse();
  }

  @Test
  void mergingCodesKeepsEveryCoding() {
    Person ana = person("Ana", null, Consent.NONE);
    Interview visit = interview("Visit", "Notes", ana);
    Code routes = session.codebook().ensurePath("Scheduling/Routes");
    Code routing = session.codebook().ensurePath("Planning/Routing");
    Code child = session.codebook().ensurePath("Planning/Routing/Whiteboard");
    Observation a = said(visit, ana, "A", null, routes.id());
    Observation b = said(visit, ana, "B", null, routing.id());
    Observation both = said(visit, ana, "C", null, routes.id(), routing.id());

    session.codebook().merge(routing.id(), routes.id());

    var tree = session.codebook().tree();
    assertThat(tree.get(routing.id())).isNull();
    assertThat(tree.pathOf(child.id())).isEqualTo("Scheduling/Routes/Whiteboard");
    for (Observation o : List.of(a, b, both)) {
      assertThat(rowOf(o).codePaths()).containsExactly("Scheduling/Routes");
    }

    session.history().undo();

    assertThat(rowOf(b).codePaths()).containsExactly("Planning/Routing");
    assertThat(rowOf(both).codePaths())
        .containsExactlyInAnyOrder("Planning/Routing", "Scheduling/Routes");
    assertThat(session.codebook().tree().pathOf(child.id()))
        .isEqualTo("Planning/Routing/Whiteboard");
  }

  @Test
  void undoingADeleteRestoresItsCodesEvidenceAndCitations() {
    Person ana = person("Ana", null, Consent.NONE);
    Interview visit = interview("Visit", "Notes", ana);
    Code code = session.codebook().ensurePath("Billing");
    Observation observation = said(visit, ana, "Invoices are late", "late again", code.id());
    Insight insight = insight("Invoices erode trust", observation.id());
    var canvas =
        session
            .canvases()
            .create(
                new com.outsidein.domain.Canvas(
                    0, "Plan", null, null, com.outsidein.domain.CanvasStatus.DRAFT));
    long promptId = session.canvases().prompts(canvas.id()).get(0).id();
    var entry =
        session
            .canvases()
            .addEntry(
                com.outsidein.domain.CanvasEntry.answer(promptId, "Fix billing"),
                List.of(
                    CitationTarget.observation(observation.id()),
                    CitationTarget.insight(insight.id())));

    assertThat(session.observations().impactOfDeleting(List.of(observation.id())).evidence())
        .isEqualTo(1);
    session.observations().delete(List.of(observation.id()));
    assertThat(rows()).isEmpty();
    assertThat(session.insights().summaries().get(0).evidence()).isZero();

    session.history().undo();

    assertThat(rowOf(observation).codePaths()).containsExactly("Billing");
    assertThat(session.insights().summaries().get(0).evidence()).isEqualTo(1);
    assertThat(session.canvases().citations(entry.id()))
        .containsExactly(
            CitationTarget.observation(observation.id()), CitationTarget.insight(insight.id()));

    session.history().redo();
    assertThat(rows()).isEmpty();
  }

  @Test
  void aHighlightKeepsItsPassageWhenTextIsInsertedBeforeIt() {
    Person ana = person("Ana Ruiz", null, Consent.NONE);
    String notes = "Ana said: \"We keep a whiteboard for emergencies.\" Then we walked the depot.";
    Interview visit = interview("Depot", notes, ana);
    int start = notes.indexOf("We keep");
    Observation observation =
        session
            .observations()
            .createFromPassage(visit.id(), InterviewField.NOTES, start - 1, start + 39);

    assertThat(observation.quote()).isEqualTo("We keep a whiteboard for emergencies.");
    assertThat(observation.speakerId()).isEqualTo(ana.id());
    String edited =
        "Morning visit, rainy.\n\n" + notes.replace("Then we walked", "Afterwards we walked");
    session.interviews().saveText(visit.id(), InterviewField.NOTES, edited);

    var h = session.observations().get(observation.id()).orElseThrow().highlight();
    assertThat(edited.substring(h.start(), h.end()))
        .isEqualTo("We keep a whiteboard for emergencies.");
  }

  @Test
  void undoAndRedoWalkBackAndForthThroughChanges() {
    Person ana = person("Ana", null, Consent.NONE);
    Interview visit = interview("Visit", "Notes", ana);
    Observation observation = said(visit, ana, "First wording", null);
    session
        .observations()
        .update(
            new Observation(
                observation.id(),
                study.id(),
                visit.id(),
                ana.id(),
                "Second wording",
                null,
                ObservationKind.DOES,
                null,
                null,
                null,
                -1,
                null,
                null));

    assertThat(session.history().undoDescription()).contains("Edit observation");
    session.history().undo();
    assertThat(session.observations().get(observation.id()).orElseThrow().text())
        .isEqualTo("First wording");
    session.history().undo();
    assertThat(session.observations().get(observation.id())).isEmpty();
    session.history().redo();
    session.history().redo();
    assertThat(session.observations().get(observation.id()).orElseThrow().text())
        .isEqualTo("Second wording");
    assertThat(session.history().canRedo()).isFalse();
  }

  @Test
  void undoingAnInterviewKeepsItsTypedNotesForRedo() {
    Interview visit = interview("Visit", "");
    session.interviews().saveText(visit.id(), InterviewField.NOTES, "Typed after creating it.");

    session.history().undo();
    assertThat(session.interviews().get(visit.id())).isEmpty();
    session.history().redo();

    assertThat(session.interviews().get(visit.id()).orElseThrow().notes())
        .isEqualTo("Typed after creating it.");
  }

  @Test
  void aCodeCannotMoveUnderItsOwnSubcode() {
    Code parent = session.codebook().ensurePath("Onboarding");
    Code child = session.codebook().ensurePath("Onboarding/Setup");

    assertThatThrownBy(() -> session.codebook().move(parent.id(), child.id()))
        .isInstanceOf(BadInputException.class);
    session.codebook().move(child.id(), null);
    assertThat(session.codebook().tree().pathOf(child.id())).isEqualTo("Setup");
  }

  @Test
  void deletingAStudyTakesItsInterviewsAndUndoBringsThemBack() {
    Person ana = person("Ana", null, Consent.NONE);
    Interview visit = interview("Visit", "Notes", ana);
    said(visit, ana, "Something", null);

    session.studies().delete(study.id());
    assertThat(session.counts().interviews()).isZero();
    assertThat(session.counts().observations()).isZero();

    session.history().undo();
    assertThat(session.counts().interviews()).isEqualTo(1);
    assertThat(session.counts().observations()).isEqualTo(1);
  }

  @Test
  void changingConsentIsKeptInTheHistory() {
    Person ana =
        person(
            "Ana", "ana@x.example", new Consent(LocalDate.of(2025, 1, 1), true, true, false, null));
    session
        .people()
        .updatePerson(
            new Person(
                ana.id(),
                "Ana",
                "Buyer",
                null,
                "ana@x.example",
                new Consent(LocalDate.of(2025, 1, 1), true, false, false, null)),
            "Asked by email not to be quoted");

    assertThat(session.people().history(ana.id()).events())
        .filteredOn(e -> e.type() == com.outsidein.domain.HistoryEvent.Type.CONSENT)
        .extracting(e -> e.title())
        .containsExactlyInAnyOrder("Recorded", "Asked by email not to be quoted");
  }

  private ObservationRow rowOf(Observation observation) {
    return rows().stream().filter(r -> r.id() == observation.id()).findFirst().orElseThrow();
  }
}
