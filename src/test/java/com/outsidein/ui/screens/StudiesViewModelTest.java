package com.outsidein.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Study;
import com.outsidein.domain.StudySummary;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudiesViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private StudiesViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model =
        new StudiesViewModel(
            session.studies(), session.team(), session.events(), new Commands(tasks, alerts));
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private Study study(String title) {
    return model.studies().items().stream()
        .map(StudySummary::study)
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsTheWorkspacesStudiesAndIsNoLongerLoading() {
    assertThat(model.studies().items())
        .extracting(s -> s.study().title())
        .containsExactlyInAnyOrder(KnownWorkspace.FLEET, KnownWorkspace.OTHER);
    assertThat(model.loadingProperty().get()).isFalse();
  }

  @Test
  void aStudyAddedAnywhereShowsWithoutAReload() {
    session.studies().create(Study.titled("Pricing"));

    assertThat(model.studies().items()).extracting(s -> s.study().title()).contains("Pricing");
  }

  @Test
  void aNewStudyStartsTodayAsPlanned() {
    model.create("Churn study");

    assertThat(study("Churn study").startsOn()).isNotNull();
  }

  @Test
  void aNewOwnerNameJoinsTheTeamAndOwnsTheStudy() {
    model.setOwner(study(KnownWorkspace.OTHER), "Olga Owner");

    assertThat(model.ownersMatching("olga"))
        .extracting(m -> m.name())
        .containsExactly("Olga Owner");
    assertThat(
            model.studies().items().stream()
                .filter(s -> s.study().title().equals(KnownWorkspace.OTHER))
                .findFirst()
                .orElseThrow()
                .owner())
        .isEqualTo("Olga Owner");
  }

  @Test
  void aRefusedEditSaysWhyAndLetsTheViewShowTheStudyAgain() {
    Study fleet = study(KnownWorkspace.FLEET);
    AtomicBoolean refused = new AtomicBoolean();

    model.update(
        fleet,
        new Study(fleet.id(), " ", "", null, null, null, null, null),
        () -> refused.set(true));

    assertThat(refused).isTrue();
    assertThat(alerts.errors()).hasSize(1);
    assertThat(study(KnownWorkspace.FLEET)).isEqualTo(fleet);
  }

  @Test
  void deletingAStudyTellsWhatGoesWithIt() {
    Study fleet = study(KnownWorkspace.FLEET);
    model.impactOfDeleting(fleet.id(), impact -> assertThat(impact.children()).isEqualTo(2));

    model.delete(fleet.id());

    assertThat(model.studies().items())
        .extracting(s -> s.study().title())
        .containsExactly(KnownWorkspace.OTHER);
  }

  @Test
  void afterCloseChangesNoLongerReachTheList() {
    model.close();

    session.studies().create(Study.titled("Pricing"));

    assertThat(model.studies().items()).hasSize(2);
  }
}
