package com.outsidein.ui.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Study;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewsViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private InterviewsViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model =
        new InterviewsViewModel(
            session.interviews(),
            session.studies(),
            session.events(),
            InterviewEditorViewModelTest.editorOn(session, tasks, alerts),
            new Commands(tasks, alerts));
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private List<String> titles() {
    return model.interviews().items().stream().map(InterviewSummary::title).toList();
  }

  @Test
  void theListShowsEveryInterviewOnceLoaded() {
    assertThat(titles()).containsExactlyInAnyOrder("Acme visit", "Council call", "Later chat");
    assertThat(model.loadingProperty().get()).isFalse();
  }

  @Test
  void anInterviewAddedHereIsHeldTodayListedAndHandedBackToOpen() {
    List<Interview> created = new ArrayList<>();

    model.create(known.other, "  Depot walk  ", created::add);

    assertThat(created).hasSize(1);
    assertThat(created.get(0).title()).isEqualTo("Depot walk");
    assertThat(created.get(0).studyId()).isEqualTo(known.other);
    assertThat(created.get(0).heldOn()).isEqualTo(LocalDate.now());
    assertThat(titles()).contains("Depot walk");
  }

  @Test
  void anInterviewAddedOrDeletedElsewhereShowsInTheList() {
    long chat =
        model.interviews().items().stream()
            .filter(i -> i.title().equals("Later chat"))
            .findFirst()
            .orElseThrow()
            .id();

    session
        .interviews()
        .create(
            new Interview(0, known.fleet, "Night shift", null, null, null, null, "", "", null),
            List.of());
    session.interviews().delete(chat);

    assertThat(titles()).containsExactlyInAnyOrder("Acme visit", "Council call", "Night shift");
  }

  @Test
  void theStudiesOfferedForANewInterviewAreTheWorkspacesStudies() {
    List<List<Study>> answers = new ArrayList<>();

    model.studiesForNew(answers::add);

    assertThat(answers).hasSize(1);
    assertThat(answers.get(0))
        .extracting(Study::title)
        .containsExactlyInAnyOrder(KnownWorkspace.FLEET, KnownWorkspace.OTHER);
  }

  @Test
  void deletingAnInterviewTellsWhatGoesWithItThenTakesItFromTheList() {
    InterviewSummary acme =
        model.interviews().items().stream()
            .filter(i -> i.title().equals("Acme visit"))
            .findFirst()
            .orElseThrow();
    List<Integer> observations = new ArrayList<>();

    model.impactOfDeleting(acme.id(), impact -> observations.add(impact.observations()));
    model.delete(acme.id());

    assertThat(observations).containsExactly(acme.observations());
    assertThat(titles()).doesNotContain("Acme visit");
  }
}
