package com.outsidein.ui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.SayDoRow;
import com.outsidein.domain.Study;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.HeldReadsTaskExecutor;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesisViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private SynthesisViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model = modelOn(new Commands(tasks, alerts));
  }

  private SynthesisViewModel modelOn(Commands commands) {
    return new SynthesisViewModel(
        session.synthesis(), session.studies(), session.events(), commands);
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
    assertThat(alerts.errors()).isEmpty();
  }

  private void choose(long studyId) {
    model
        .studyProperty()
        .set(
            model.studies().stream()
                .filter(c -> !c.isAll() && c.value().id() == studyId)
                .findFirst()
                .orElseThrow());
  }

  private SayDoRow setupSayDo() {
    return model.loadedProperty().get().sayDo().stream()
        .filter(r -> r.codeId() == known.setup)
        .findFirst()
        .orElseThrow();
  }

  private void openSetupBySmb() {
    CodeMatrix matrix = model.loadedProperty().get().matrix();
    CodeMatrix.Row setup =
        matrix.rows().stream().filter(r -> r.codeId() == known.setup).findFirst().orElseThrow();
    CodeMatrix.Column smb =
        matrix.columns().stream().filter(c -> "SMB".equals(c.name())).findFirst().orElseThrow();
    model.openMatrixCell(setup, smb);
  }

  private long annSaysAboutSetup(String text) {
    Observation says =
        new Observation(
            0,
            known.fleet,
            null,
            known.ann,
            text,
            null,
            ObservationKind.SAYS,
            null,
            null,
            null,
            null,
            null,
            null);
    return session.observations().create(says, List.of(known.setup)).id();
  }

  @Test
  void loadsTheStudiesAndTheFiguresOfEveryStudyOnItsOwn() {
    assertThat(model.studies())
        .extracting(Choice::label)
        .contains(KnownWorkspace.FLEET, KnownWorkspace.OTHER)
        .hasSize(3);
    assertThat(model.studyProperty().get().isAll()).isTrue();
    assertThat(model.loadingProperty().get()).isFalse();
    assertThat(setupSayDo().does()).as("two in Fleet, one in Other").isEqualTo(3);
  }

  @Test
  void isLoadingUntilTheFiguresAnswer() {
    HeldReadsTaskExecutor held = new HeldReadsTaskExecutor();
    SynthesisViewModel waiting = modelOn(new Commands(held, alerts));

    assertThat(waiting.loadingProperty().get()).isTrue();
    assertThat(waiting.loadedProperty().get()).isNull();

    held.runAllReads();

    assertThat(waiting.loadingProperty().get()).isFalse();
    assertThat(waiting.loadedProperty().get()).isNotNull();
    waiting.close();
    assertThat(held.unhandled()).isEmpty();
  }

  @Test
  void choosingAStudyCountsOnlyItsObservations() {
    choose(known.fleet);

    assertThat(setupSayDo().does()).isEqualTo(2);
    assertThat(setupSayDo().path()).isEqualTo("Pain/Setup");
  }

  @Test
  void aNewlyCodedObservationIsCountedWithoutAReload() {
    choose(known.fleet);
    int says = setupSayDo().says();

    annSaysAboutSetup("Setup needs a manual");

    assertThat(setupSayDo().says()).isEqualTo(says + 1);
  }

  @Test
  void anOpenCellFollowsAChangeToItsObservationsAndSaysHowManyThereAreNow() {
    choose(known.fleet);
    openSetupBySmb();
    assertThat(model.cellObservations()).hasSize(3);

    long added = annSaysAboutSetup("Setup needs a manual");

    assertThat(model.cellObservations()).extracting(AttributedObservation::id).contains(added);
    assertThat(model.cellTitleProperty().get()).isEqualTo("Pain/Setup \u00d7 SMB: 4 observations");
  }

  @Test
  void changingAFilterClosesTheOpenCell() {
    openSetupBySmb();
    assertThat(model.cellTitleProperty().get()).isNotEmpty();

    model.matrixDimensionProperty().set(Dimension.LANE);

    assertThat(model.cellTitleProperty().get()).isEmpty();
    assertThat(model.cellObservations()).isEmpty();
    assertThat(model.loadedProperty().get().matrix().dimension()).isEqualTo(Dimension.LANE);
  }

  @Test
  void insightsCanvasesAndTheTeamDoNotReloadTheFigures() {
    SynthesisViewModel.Loaded before = model.loadedProperty().get();

    session
        .insights()
        .create(
            new Insight(
                0,
                known.fleet,
                "Setup again",
                "Setup is slow",
                Facet.PROBLEMS,
                KnowledgeStage.HEURISTIC,
                Level.MEDIUM,
                Level.HIGH,
                InsightStatus.DRAFT),
            List.of(known.observations[1]));
    session.canvases().addManifestoItem(known.planCanvas, "Be quick");
    session.team().findOrCreate("Tom Teammate", null);

    assertThat(model.loadedProperty().get()).isSameAs(before);
  }

  @Test
  void aNewStudyJoinsTheChoicesAndTheChosenStudyStaysChosen() {
    choose(known.fleet);

    session.studies().create(Study.titled("Pricing"));

    assertThat(model.studies()).extracting(Choice::label).contains("Pricing");
    assertThat(model.studyProperty().get().value().id()).isEqualTo(known.fleet);
  }

  @Test
  void whenTheChosenStudyIsDeletedEveryStudyIsShownAndItsCellCloses() {
    choose(known.other);
    openSetupBySmb();

    session.studies().delete(known.other);

    assertThat(model.studyProperty().get().isAll()).isTrue();
    assertThat(model.studies()).extracting(Choice::label).doesNotContain(KnownWorkspace.OTHER);
    assertThat(model.cellTitleProperty().get()).isEmpty();
  }

  @Test
  void changesWhileTheFiguresLoadAskForOneMoreLoadOnly() {
    HeldReadsTaskExecutor held = new HeldReadsTaskExecutor();
    SynthesisViewModel waiting = modelOn(new Commands(held, alerts));
    held.runOneRead(); // the studies, which start the figures
    assertThat(waiting.loadingProperty().get()).isTrue();

    annSaysAboutSetup("One");
    annSaysAboutSetup("Two");
    annSaysAboutSetup("Three");

    assertThat(held.heldReads()).as("only the load already asked for").isEqualTo(1);
    held.runOneRead();
    assertThat(held.heldReads()).as("one more for the changes meanwhile").isEqualTo(1);
    held.runAllReads();
    assertThat(waiting.loadingProperty().get()).isFalse();
    assertThat(
            waiting.loadedProperty().get().sayDo().stream()
                .filter(r -> r.codeId() == known.setup)
                .findFirst()
                .orElseThrow()
                .says())
        .isEqualTo(4);
    waiting.close();
    assertThat(held.unhandled()).isEmpty();
  }

  @Test
  void theCodesBySegmentAreReadOnceWhenTheMatrixIsCutBySegmentToo() {
    assertThat(model.loadedProperty().get().bySegment())
        .isSameAs(model.loadedProperty().get().matrix());

    model.matrixDimensionProperty().set(Dimension.JOURNEY_STAGE);

    assertThat(model.loadedProperty().get().matrix().dimension())
        .isEqualTo(Dimension.JOURNEY_STAGE);
    assertThat(model.loadedProperty().get().bySegment().dimension()).isEqualTo(Dimension.SEGMENT);
  }

  @Test
  void afterCloseChangesNoLongerReload() {
    SynthesisViewModel.Loaded before = model.loadedProperty().get();
    model.close();

    annSaysAboutSetup("After close");

    assertThat(model.loadedProperty().get()).isSameAs(before);
  }
}
