package com.outsidein.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.exchange.bench.Bench;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.task.HeldReadsTaskExecutor;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observation table's rows on a bench workspace a little larger than one page: the first rows
 * come first, changes are read row by row. Tests that change the workspace take back what they did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservationRowsTest {

  private static final int OBSERVATIONS = ObservationRows.PAGE_SIZE + 100;

  private WorkspaceSession session;
  private long studyId;

  @BeforeAll
  void build(@TempDir Path folder) throws Exception {
    session = WorkspaceSession.create(folder.resolve("ws"));
    Bench.fill(session, OBSERVATIONS, folder);
    studyId = session.studies().all().get(0).id();
  }

  @AfterAll
  void close() {
    session.close();
  }

  private ObservationFilter ofKind(ObservationKind kind) {
    return new ObservationFilter(null, null, null, null, null, kind, null, null, null);
  }

  private Observation note(String text) {
    return session.observations().create(Observation.note(studyId, text), List.of());
  }

  @Test
  void aNewFilterShowsItsFirstRowsBeforeTheRestOfThePage() {
    HeldReadsTaskExecutor tasks = new HeldReadsTaskExecutor();
    ObservationRows rows = new ObservationRows(session.observations(), tasks);

    rows.show(ObservationFilter.ALL);
    assertThat(rows.loadingProperty().get()).isTrue();
    tasks.runOneRead();

    assertThat(rows.items()).hasSize(ObservationRows.FIRST_ROWS);
    assertThat(rows.loadingProperty().get()).isFalse();
    assertThat(tasks.heldReads()).isEqualTo(1);

    tasks.runOneRead();

    assertThat(rows.items()).hasSize(ObservationRows.PAGE_SIZE);
    assertThat(rows.items())
        .extracting(ObservationRow::id)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(rows.countTextProperty().get())
        .isEqualTo("Showing the newest 1,000 of 1,100 observations");
    assertThat(tasks.unhandled()).isEmpty();
  }

  @Test
  void aFilterWithFewMatchesIsShownInOneRead() {
    HeldReadsTaskExecutor tasks = new HeldReadsTaskExecutor();
    ObservationRows rows = new ObservationRows(session.observations(), tasks);
    Observation only = note("Only this one");
    try {
      rows.show(ObservationFilter.ofStudy(studyId + 1_000));
      tasks.runOneRead();
      assertThat(rows.items()).isEmpty();
      assertThat(tasks.heldReads()).isZero();
      assertThat(rows.countTextProperty().get()).isEqualTo("0 observations");
    } finally {
      session.observations().delete(List.of(only.id()));
    }
  }

  @Test
  void aChangedObservationIsReadAloneAndTheOtherRowsStayAsTheyWere() {
    InlineTaskExecutor tasks = new InlineTaskExecutor();
    ObservationRows rows = new ObservationRows(session.observations(), tasks);
    rows.show(ObservationFilter.ALL);
    List<ObservationRow> before = List.copyOf(rows.items());
    ObservationRow third = before.get(2);
    Observation edited =
        new Observation(
            third.id(),
            third.observation().studyId(),
            third.observation().interviewId(),
            third.observation().speakerId(),
            "Edited in place",
            third.observation().quote(),
            third.observation().kind(),
            third.observation().journeyStageId(),
            third.observation().touchpointId(),
            third.observation().functionId(),
            third.observation().sentiment(),
            third.observation().highlight(),
            third.observation().importBatchId());
    session.observations().update(edited);
    try {
      rows.changed(Set.of(third.id()));

      assertThat(rows.items().get(2).observation().text()).isEqualTo("Edited in place");
      assertThat(rows.items().get(1)).isSameAs(before.get(1));
      assertThat(rows.items().get(3)).isSameAs(before.get(3));
      assertThat(rows.items()).hasSize(before.size());
    } finally {
      session.observations().update(third.observation());
    }
    assertThat(tasks.unhandled()).isEmpty();
  }

  @Test
  void aNewMatchGoesFirstAndOneThatNoLongerMatchesLeavesAndTheCountFollows() {
    InlineTaskExecutor tasks = new InlineTaskExecutor();
    ObservationRows rows = new ObservationRows(session.observations(), tasks);
    rows.show(ofKind(ObservationKind.NOTE));
    int notes = rows.items().size();
    String countBefore = rows.countTextProperty().get();

    Observation added = note("A new note");
    rows.changed(Set.of(added.id()));

    assertThat(rows.items().get(0).id()).isEqualTo(added.id());
    assertThat(rows.items()).hasSize(notes + 1);

    session.observations().delete(List.of(added.id()));
    rows.changed(Set.of(added.id()));

    assertThat(rows.items())
        .hasSize(notes)
        .extracting(ObservationRow::id)
        .doesNotContain(added.id());
    assertThat(rows.countTextProperty().get()).isEqualTo(countBefore);
    assertThat(tasks.unhandled()).isEmpty();
  }

  @Test
  void changesWhileTheRestIsOnItsWayAreReadTogetherOnceItAnswers() {
    HeldReadsTaskExecutor tasks = new HeldReadsTaskExecutor();
    ObservationRows rows = new ObservationRows(session.observations(), tasks);
    rows.show(ObservationFilter.ALL);
    tasks.runOneRead();
    Observation first = note("First while loading");
    Observation second = note("Second while loading");
    try {
      rows.changed(Set.of(first.id()));
      rows.changed(Set.of(second.id()));
      assertThat(tasks.heldReads()).as("only the rest of the page").isEqualTo(1);

      tasks.runOneRead();
      assertThat(tasks.heldReads()).as("one read for both changes").isEqualTo(1);
      tasks.runAllReads();

      assertThat(rows.items().subList(0, 2))
          .extracting(ObservationRow::id)
          .containsExactly(second.id(), first.id());
      assertThat(rows.items()).hasSize(ObservationRows.PAGE_SIZE);
      assertThat(rows.countTextProperty().get())
          .isEqualTo("Showing the newest 1,000 of 1,102 observations");
    } finally {
      session.observations().delete(List.of(first.id(), second.id()));
    }
    assertThat(tasks.unhandled()).isEmpty();
  }

  @Test
  void rowsOfAFilterLeftBehindNeverShow() {
    HeldReadsTaskExecutor tasks = new HeldReadsTaskExecutor();
    ObservationRows rows = new ObservationRows(session.observations(), tasks);
    rows.show(ObservationFilter.ALL);
    tasks.runOneRead();

    rows.show(ofKind(ObservationKind.DOES));
    tasks.runAllReads();

    assertThat(rows.items()).isNotEmpty();
    assertThat(rows.items())
        .allSatisfy(r -> assertThat(r.observation().kind()).isEqualTo(ObservationKind.DOES));
  }
}
