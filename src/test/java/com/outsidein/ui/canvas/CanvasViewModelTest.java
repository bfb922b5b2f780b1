package com.outsidein.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CanvasComparison;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.EntryContent;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanvasViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private CanvasViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model =
        new CanvasViewModel(
            session.canvases(),
            session.studies(),
            session.team(),
            session.insights(),
            session.observations(),
            session.events(),
            new Commands(tasks, new RecordingAlerts()));
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private CanvasContent shown() {
    return model.contentProperty().get();
  }

  private EntryContent entry(CanvasSection section) {
    return shown().section(section).stream()
        .flatMap(p -> p.entries().stream())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void loadsTheCanvasesStudiesAndTeamOnItsOwn() {
    assertThat(model.list().items())
        .extracting(c -> c.canvas().id())
        .containsExactlyInAnyOrder(known.planCanvas, known.otherCanvas);
    assertThat(model.studies()).hasSize(2);
    assertThat(model.membersMatching("RITA"))
        .extracting(TeamMember::name)
        .contains("Rita Researcher");
    assertThat(model.loadingProperty().get()).isFalse();
  }

  @Test
  void theCanvasShownIsNoneOnceItIsDeletedElsewhere() {
    model.show(known.planCanvas);
    assertThat(shown().owner()).isEqualTo("Rita Researcher");

    session.canvases().delete(known.planCanvas);

    assertThat(shown()).isNull();
    assertThat(model.list().items())
        .extracting(c -> c.canvas().id())
        .containsExactly(known.otherCanvas);
  }

  @Test
  void anInsightTheCanvasCitesChangingElsewhereShowsOnIt() {
    model.show(known.planCanvas);
    var insight = session.insights().get(known.setupInsight).orElseThrow();

    session.insights().update(insight.withTitle("Setup hurts most"));

    assertThat(entry(CanvasSection.THINK).citations())
        .anySatisfy(c -> assertThat(c.label()).contains("Setup hurts most"));
  }

  @Test
  void anInsightTheCanvasDoesNotCiteLeavesTheCanvasAsItWas() {
    model.show(known.planCanvas);
    CanvasContent before = shown();
    var insight = session.insights().get(known.otherInsight).orElseThrow();

    session.insights().update(insight.withTitle("Bob came round in the end"));

    assertThat(shown()).isSameAs(before);
  }

  @Test
  void aChangeToAnotherCanvasLeavesTheOneShownAsItWasAndUpdatesTheList() {
    model.show(known.planCanvas);
    CanvasContent before = shown();

    session.canvases().addManifestoItem(known.otherCanvas, "Ship weekly");
    session.canvases().update(before.canvas().withTitle("Plan: 2026/27"));
    CanvasContent renamed = shown();
    session.canvases().delete(known.otherCanvas);

    assertThat(renamed).isNotSameAs(before);
    assertThat(renamed.canvas().title()).isEqualTo("Plan: 2026/27");
    assertThat(shown()).isSameAs(renamed);
    assertThat(model.list().items())
        .extracting(c -> c.canvas().id())
        .containsExactly(known.planCanvas);
  }

  @Test
  void undoingAnAnswerOnTheCanvasShownPutsItBack() {
    model.show(known.planCanvas);
    String answer = entry(CanvasSection.THINK).entry().answer();
    model.updateEntry(entry(CanvasSection.THINK).entry().withAnswer("They love it"));
    assertThat(entry(CanvasSection.THINK).entry().answer()).isEqualTo("They love it");

    session.history().undo();

    assertThat(entry(CanvasSection.THINK).entry().answer()).isEqualTo(answer);
  }

  @Test
  void anEntryOwnerTypedByNameJoinsTheTeamAndShowsOnTheEntry() {
    model.show(known.planCanvas);

    model.setEntryOwner(entry(CanvasSection.PLAN).entry(), "Nia New");

    assertThat(entry(CanvasSection.PLAN).owner()).isEqualTo("Nia New");
    assertThat(model.membersMatching("nia"))
        .extracting(TeamMember::name)
        .containsExactly("Nia New");
  }

  @Test
  void theVersionsDialogComparesTheNewestVersionWithTheCanvasAsItIsNow() {
    model.show(known.planCanvas);
    session.canvases().freeze(known.planCanvas, "Before review");
    session.canvases().updateEntry(entry(CanvasSection.THINK).entry().withAnswer("They love it"));
    AtomicReference<VersionsViewModel> versions = new AtomicReference<>();

    model.versions(known.planCanvas, versions::set);

    assertThat(versions.get().versions())
        .extracting(v -> v.label())
        .containsExactly("Before review");
    assertThat(versions.get().newerProperty().get()).isNull();
    assertThat(versions.get().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(CanvasComparison.Change.Kind.CHANGED);
              assertThat(c.after().answer()).isEqualTo("They love it");
            });
  }

  @Test
  void comparingAVersionWithItselfShowsNoChanges() {
    session.canvases().freeze(known.planCanvas, "Before review");
    session.canvases().addManifestoItem(known.planCanvas, "Ship weekly");
    AtomicReference<VersionsViewModel> versions = new AtomicReference<>();
    model.versions(known.planCanvas, versions::set);

    versions.get().newerProperty().set(versions.get().versions().get(0));

    assertThat(versions.get().changes()).isEmpty();
    assertThat(versions.get().newerChoices()).hasSize(2).first().isNull();
  }

  @Test
  void aCanvasWithoutVersionsOffersNone() {
    AtomicReference<VersionsViewModel> versions = new AtomicReference<>();

    model.versions(known.otherCanvas, versions::set);

    assertThat(versions.get().versions()).isEmpty();
    assertThat(versions.get().changes()).isEmpty();
  }

  @Test
  void anAnswerEditedThroughAWitherKeepsItsOtherFields() {
    model.show(known.planCanvas);
    var plan = entry(CanvasSection.PLAN).entry();

    model.updateEntry(plan.withMeasure("Hours to first job"));

    var now = entry(CanvasSection.PLAN).entry();
    assertThat(now.measure()).isEqualTo("Hours to first job");
    assertThat(now.withMeasure(plan.measure())).isEqualTo(plan);
    assertThat(List.of(now.objective(), now.target(), now.cost()))
        .containsExactly("Faster setup", "Under 7 days", "2 people");
  }
}
