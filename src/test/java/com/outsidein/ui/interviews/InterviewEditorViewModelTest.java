package com.outsidein.ui.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Highlight;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.TeamMember;
import com.outsidein.domain.TextChange;
import com.outsidein.domain.TextSpan;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.entry.QuickEntryViewModel.CodeChoice;
import com.outsidein.ui.task.HeldWritesExecutor;
import com.outsidein.ui.task.InlineTaskExecutor;
import com.outsidein.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewEditorViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private InterviewEditorViewModel model;

  /** The editor as the app builds it, over a workspace and an executor. */
  static InterviewEditorViewModel editorOn(
      WorkspaceSession session, TaskExecutor tasks, Alerts alerts) {
    Commands commands = new Commands(tasks, alerts);
    return new InterviewEditorViewModel(
        session.interviews(),
        session.observations(),
        session.people(),
        session.team(),
        session.dimensions(),
        session.events(),
        new QuickEntryViewModel(
            session.people(),
            session.codebook(),
            session.observations(),
            session.events(),
            commands),
        commands);
  }

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model = editorOn(session, tasks, alerts);
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private long interview(String title) {
    return session.interviews().summaries(null).stream()
        .filter(i -> i.title().equals(title))
        .map(InterviewSummary::id)
        .findFirst()
        .orElseThrow();
  }

  private Interview stored(long id) {
    return session.interviews().get(id).orElseThrow();
  }

  private void type(InterviewField field, String text) {
    String before = model.text(field);
    TextChange change = TextChange.between(before, text);
    model.edited(
        field,
        change.position(),
        change.removed(),
        text.substring(change.position(), change.position() + change.inserted()));
  }

  @Test
  void anOpenedInterviewShowsItsParticipantsObservationsAndIsWhereNewObservationsGo() {
    long acme = interview("Acme visit");

    model.open(acme);

    assertThat(model.interviewProperty().get().title()).isEqualTo("Acme visit");
    assertThat(model.text(InterviewField.NOTES)).isEqualTo("Notes of Acme visit");
    assertThat(model.participants()).extracting(Person::id).containsExactly(known.ann);
    assertThat(model.observations())
        .extracting(Observation::id)
        .containsExactlyInAnyOrderElementsOf(
            session.observations().ofInterview(acme).stream().map(Observation::id).toList());
    assertThat(model.entry().studyIdProperty().get()).isEqualTo(known.fleet);
    assertThat(model.entry().interviewIdProperty().get()).isEqualTo(acme);
    assertThat(model.people()).extracting(Person::id).contains(known.ann, known.bob, known.cy);
    assertThat(model.loadingProperty().get()).isFalse();
  }

  @Test
  void switchingInterviewShowsTheNextAtOnceWhileTheTypedTextIsCommittedOnTheWriterLane() {
    HeldWritesExecutor held = new HeldWritesExecutor();
    model.close();
    model = editorOn(session, held, alerts);
    long acme = interview("Acme visit");
    long council = interview("Council call");
    model.open(acme);
    type(InterviewField.NOTES, "Notes of Acme visit, and the lifts");

    model.open(council);

    assertThat(model.interviewProperty().get().id()).isEqualTo(council);
    assertThat(model.text(InterviewField.NOTES)).isEqualTo("Notes of Council call");
    assertThat(stored(acme).notes()).isEqualTo("Notes of Acme visit");
    held.release();
    assertThat(stored(acme).notes()).isEqualTo("Notes of Acme visit, and the lifts");
    assertThat(model.text(InterviewField.NOTES)).isEqualTo("Notes of Council call");
  }

  @Test
  void flushCommitsTypedTextOnTheWriterLaneAheadOfWhatIsAskedForAfter() {
    HeldWritesExecutor held = new HeldWritesExecutor();
    model.close();
    model = editorOn(session, held, alerts);
    long acme = interview("Acme visit");
    model.open(acme);
    type(InterviewField.TRANSCRIPT, "Ann: It took two weekends.");

    model.flush();

    assertThat(stored(acme).transcript()).isEmpty();
    assertThat(model.dirtyProperty().get()).isTrue();
    held.release();
    assertThat(stored(acme).transcript()).isEqualTo("Ann: It took two weekends.");
    assertThat(model.dirtyProperty().get()).isFalse();
  }

  @Test
  void aChangeMadeElsewhereShowsInTheOpenInterviewButNeverReplacesTextBeingTyped() {
    long acme = interview("Acme visit");
    model.open(acme);
    type(InterviewField.NOTES, "Typed, not yet committed");

    session.interviews().updateDetails(stored(acme).withTitle("Acme site visit"));
    Observation added =
        session
            .observations()
            .create(
                new Observation(
                    0,
                    known.fleet,
                    acme,
                    known.ann,
                    "Keeps a paper plan",
                    null,
                    ObservationKind.DOES,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                List.of());

    assertThat(model.interviewProperty().get().title()).isEqualTo("Acme site visit");
    assertThat(model.observations()).extracting(Observation::id).contains(added.id());
    assertThat(model.text(InterviewField.NOTES)).isEqualTo("Typed, not yet committed");
  }

  @Test
  void anEditMovesTheHighlightsAfterItAndRestylesOnlyWhatItChanged() {
    long acme = interview("Acme visit");
    Observation quoted =
        session.observations().createFromPassage(acme, InterviewField.NOTES, 9, 13);
    List<TextSpan> restyled = new ArrayList<>();
    model.onRestyle((field, span) -> restyled.add(span));
    model.open(acme);
    restyled.clear();
    Observation shown =
        model.observations().stream().filter(o -> o.id() == quoted.id()).findFirst().orElseThrow();

    model.edited(InterviewField.NOTES, 0, 0, "Field ");

    assertThat(model.text(InterviewField.NOTES)).isEqualTo("Field Notes of Acme visit");
    assertThat(model.highlightOf(shown)).isEqualTo(new Highlight(InterviewField.NOTES, 15, 19));
    assertThat(model.observationAt(InterviewField.NOTES, 16).id()).isEqualTo(quoted.id());
    assertThat(restyled).containsExactly(new TextSpan(0, 6));
    assertThat(model.dirtyProperty().get()).isTrue();
  }

  @Test
  void committingTypedTextMovesTheStoredHighlightWhereTheEditorShowsIt() {
    long acme = interview("Acme visit");
    Observation quoted =
        session.observations().createFromPassage(acme, InterviewField.NOTES, 9, 13);
    model.open(acme);
    model.edited(InterviewField.NOTES, 0, 0, "Field ");
    model.edited(InterviewField.NOTES, "Field Notes of Acme".length(), 0, " site");

    model.save(InterviewField.NOTES);

    assertThat(stored(acme).notes()).isEqualTo("Field Notes of Acme site visit");
    assertThat(session.observations().get(quoted.id()).orElseThrow().highlight())
        .isEqualTo(new Highlight(InterviewField.NOTES, 15, 19));
    Observation shown =
        model.observations().stream().filter(o -> o.id() == quoted.id()).findFirst().orElseThrow();
    assertThat(model.highlightOf(shown)).isEqualTo(new Highlight(InterviewField.NOTES, 15, 19));
    assertThat(model.dirtyProperty().get()).isFalse();
  }

  @Test
  void anObservationWhoseKindChangedStaysSelected() {
    long acme = interview("Acme visit");
    model.open(acme);
    Observation first = model.observations().get(0);
    model.selectedObservationProperty().set(first);
    ObservationKind other =
        first.kind() == ObservationKind.DOES ? ObservationKind.SAYS : ObservationKind.DOES;

    model.updateObservation(first.withKind(other));

    assertThat(model.selectedObservationProperty().get().id()).isEqualTo(first.id());
    assertThat(model.selectedObservationProperty().get().kind()).isEqualTo(other);
  }

  @Test
  void theOpenInterviewDeletedElsewhereLeavesTheEditorEmptyWithNowhereToAdd() {
    long acme = interview("Acme visit");
    model.open(acme);

    session.interviews().delete(acme);

    assertThat(model.interviewProperty().get()).isNull();
    assertThat(model.observations()).isEmpty();
    assertThat(model.entry().studyIdProperty().get()).isNull();
  }

  @Test
  void aTeamMemberAddedElsewhereIsOfferedAsInterviewer() {
    TeamMember zed = session.team().findOrCreate("Zed Zimmer", null);

    assertThat(model.team()).extracting(TeamMember::id).contains(zed.id());
  }

  @Test
  void aNewCodeChosenForAnObservationIsCreated() {
    long acme = interview("Acme visit");
    model.open(acme);
    Observation first = model.observations().get(0);

    model.addCode(first.id(), new CodeChoice(null, "Joy/Paper plan"));

    ObservationRow row =
        session.observations().rows(ObservationFilter.ofInterview(acme), 0, 100).stream()
            .filter(r -> r.id() == first.id())
            .findFirst()
            .orElseThrow();
    assertThat(row.codePaths()).contains("Joy/Paper plan");
    assertThat(model.suggestCodes("Joy/Paper plan"))
        .containsExactly(new CodeChoice(codeId("Joy/Paper plan"), "Joy/Paper plan"));
  }

  private Long codeId(String path) {
    var tree = session.codebook().tree();
    return tree.depthFirst().stream()
        .filter(c -> tree.pathOf(c.id()).equals(path))
        .map(c -> c.id())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void addCodeOffersEveryCodeWhenNothingIsTypedAndANewCodeForANameNoCodeHas() {
    assertThat(model.suggestCodes(""))
        .extracting(CodeChoice::path)
        .containsExactly("Pain", "Pain/Setup", "Joy");
    assertThat(model.suggestCodes("set"))
        .containsExactly(new CodeChoice(known.setup, "Pain/Setup"), new CodeChoice(null, "set"));
    assertThat(model.suggestCodes("pain/setup"))
        .containsExactly(new CodeChoice(known.setup, "Pain/Setup"));
  }

  @Test
  void theInterviewerIsATeamMemberFoundOrAddedByName() {
    long acme = interview("Acme visit");
    model.open(acme);

    model.setInterviewer("Yara Young");

    TeamMember yara =
        session.team().all().stream()
            .filter(m -> m.name().equals("Yara Young"))
            .findFirst()
            .orElseThrow();
    assertThat(stored(acme).interviewerId()).isEqualTo(yara.id());
    assertThat(model.interviewProperty().get().interviewerId()).isEqualTo(yara.id());
  }
}
