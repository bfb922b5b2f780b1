package com.outsidein.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Study;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.insights.SelectionToInsightViewModel;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationsViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private ObservationsViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    Commands commands = new Commands(tasks, alerts);
    QuickEntryViewModel entry =
        new QuickEntryViewModel(
            session.people(),
            session.codebook(),
            session.observations(),
            session.events(),
            commands);
    SelectionToInsightViewModel insightCommands =
        new SelectionToInsightViewModel(session.insights(), commands);
    model =
        new ObservationsViewModel(
            session.observations(),
            new ObservationFilters(
                session.studies(),
                session.interviews(),
                session.people(),
                session.dimensions(),
                session.codebook(),
                session.events(),
                commands),
            entry,
            insightCommands,
            session.events(),
            commands);
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
    assertThat(alerts.errors()).isEmpty();
  }

  private <T> void choose(ObservationFilters.Filter<T> filter, String label) {
    filter
        .chosenProperty()
        .set(
            filter.choices().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow());
  }

  private Observation note(long studyId, String text) {
    return session.observations().create(Observation.note(studyId, text), List.of());
  }

  @Test
  void showsEveryObservationNewestFirstAndTheChoicesOnceBuilt() {
    assertThat(model.rows())
        .extracting(ObservationRow::id)
        .containsExactly(
            known.observations[8],
            known.observations[7],
            known.observations[6],
            known.observations[5],
            known.observations[4],
            known.observations[3],
            known.observations[2],
            known.observations[1]);
    assertThat(model.loadingProperty().get()).isFalse();
    assertThat(model.countTextProperty().get()).isEqualTo("8 observations");
    assertThat(model.study().choices())
        .extracting(Choice::label)
        .containsExactly("All studies", KnownWorkspace.FLEET, KnownWorkspace.OTHER);
    assertThat(model.allCodes()).extracting(c -> c.path()).contains("Pain/Setup", "Joy");
  }

  @Test
  void choosingAStudyShowsOnlyItsObservations() {
    choose(model.study(), KnownWorkspace.OTHER);

    assertThat(model.rows()).extracting(ObservationRow::id).containsExactly(known.observations[8]);
    assertThat(model.countTextProperty().get()).isEqualTo("1 observation");
  }

  @Test
  void anObservationAddedAnywhereShowsWithoutAReload() {
    Observation added = note(known.fleet, "Seen from elsewhere");

    assertThat(model.rows().get(0).id()).isEqualTo(added.id());
  }

  @Test
  void insightsCanvasesAndTheTeamLeaveTheRowsAsTheyAre() {
    List<ObservationRow> before = List.copyOf(model.rows());

    session.canvases().addManifestoItem(known.planCanvas, "Be quick");
    session.team().findOrCreate("Tom Teammate", null);

    assertThat(model.rows()).hasSize(before.size());
    for (int i = 0; i < before.size(); i++) {
      assertThat(model.rows().get(i)).isSameAs(before.get(i));
    }
  }

  @Test
  void aRenamedStudyShowsInTheChoicesAndTheRows() {
    Study other = session.studies().findByTitle(KnownWorkspace.OTHER).orElseThrow();

    choose(model.study(), KnownWorkspace.OTHER);

    session.studies().update(other.withTitle("Renamed study"));

    assertThat(model.study().choices()).extracting(Choice::label).contains("Renamed study");
    assertThat(model.study().value().title()).isEqualTo("Renamed study");
    assertThat(model.entryTargetProperty().get()).contains("Renamed study");
    assertThat(model.rows().get(0).study()).isEqualTo("Renamed study");
  }

  @Test
  void whenTheChosenStudyIsDeletedEveryObservationLeftShows() {
    choose(model.study(), KnownWorkspace.OTHER);

    session.studies().delete(known.other);

    assertThat(model.study().value()).isNull();
    assertThat(model.rows()).hasSize(7);
  }

  @Test
  void openingAnInterviewInTheTableChoosesItsStudyAndItAlone() {
    choose(model.kind(), "Does");
    long acmeVisit = session.observations().get(known.observations[1]).orElseThrow().interviewId();

    model.showInterview(known.fleet, acmeVisit);

    assertThat(model.kind().value()).isNull();
    assertThat(model.study().value().id()).isEqualTo(known.fleet);
    assertThat(model.rows())
        .extracting(ObservationRow::id)
        .containsExactly(known.observations[5], known.observations[2], known.observations[1]);
  }

  @Test
  void newObservationsGoIntoTheStudyShownElseTheOneThatStartedLast() {
    assertThat(model.entry().studyIdProperty().get())
        .as("Fleet started on 5 Jan 2026; Other has no start")
        .isEqualTo(known.fleet);

    choose(model.study(), KnownWorkspace.OTHER);

    assertThat(model.entry().studyIdProperty().get()).isEqualTo(known.other);
    assertThat(model.entryTargetProperty().get())
        .isEqualTo("New observations go into the study \u201cOther study\u201d.");
  }

  @Test
  void afterCloseChangesNoLongerReachTheRows() {
    model.close();

    note(known.fleet, "After close");

    assertThat(model.rows()).hasSize(8);
  }
}
