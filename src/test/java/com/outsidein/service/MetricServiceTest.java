package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.Account;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Metric;
import com.outsidein.domain.MetricBands;
import com.outsidein.domain.MetricKind;
import com.outsidein.domain.MetricValue;
import com.outsidein.domain.StageChange;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics, their values and the lifecycle-stage history on a real workspace file. */
class MetricServiceTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
  private static final LocalDate FEB = LocalDate.of(2026, 2, 28);

  @TempDir Path folder;
  private WorkspaceSession session;
  private MetricService metrics;
  private long acme;
  private final List<Change> heard = new ArrayList<>();

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("metrics"));
    metrics = session.metrics();
    acme = session.people().createAccount(Account.named("Acme")).id();
    session.events().subscribe(Set.of(Topic.METRICS), heard::add);
  }

  @AfterEach
  void close() {
    session.close();
  }

  private static Metric nps() {
    return new Metric(
        0,
        "NPS",
        null,
        MetricKind.SCORE,
        true,
        MetricBands.fixed(
            List.of(BigDecimal.ZERO, BigDecimal.valueOf(30), BigDecimal.valueOf(50))));
  }

  @Test
  void aDefinedMetricKeepsItsUnitKindDirectionAndBands() {
    Metric tickets =
        metrics.define(
            new Metric(0, " Support tickets ", "tickets", MetricKind.COUNT, false, null));
    Metric score = metrics.define(nps());

    assertThat(metrics.metrics()).containsExactly(score, tickets);
    assertThat(tickets.name()).isEqualTo("Support tickets");
    assertThat(tickets.higherIsBetter()).isFalse();
    assertThat(tickets.bands()).isEqualTo(MetricBands.NONE);
    assertThat(score.bands().thresholds()).hasSize(3);
    assertThat(heard)
        .extracting(Change::ids)
        .containsExactly(Set.of(tickets.id()), Set.of(score.id()));
  }

  @Test
  void aSecondMetricOfTheSameNameInAnyCaseIsRefused() {
    metrics.define(nps());
    assertThatThrownBy(() -> metrics.define(nps().withName("nps")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("NPS");
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> metrics.define(Metric.named("  ")))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void editingAMetricCanBeUndone() {
    Metric score = metrics.define(nps());
    metrics.update(score.withBands(MetricBands.quartiles()).withUnit("points"));
    assertThat(metrics.metrics().get(0).bands().mode()).isEqualTo(MetricBands.Mode.QUARTILES);

    session.history().undo();

    assertThat(metrics.metrics()).containsExactly(score);
  }

  @Test
  void deletingAMetricTakesItsValuesAndUndoBringsBothBack() {
    Metric score = metrics.define(nps());
    MetricValue first = metrics.record(acme, score.id(), JAN, BigDecimal.valueOf(42));
    MetricValue second = metrics.record(acme, score.id(), FEB, new BigDecimal("-12.5"));

    metrics.delete(score.id());
    assertThat(metrics.metrics()).isEmpty();
    assertThat(metrics.valuesOfAccount(acme)).isEmpty();

    session.history().undo();

    assertThat(metrics.metrics()).containsExactly(score);
    assertThat(metrics.valuesOfAccount(acme)).containsExactly(first, second);
  }

  @Test
  void recordingAValueCanBeUndoneAndRedone() {
    Metric score = metrics.define(nps());
    MetricValue value = metrics.record(acme, score.id(), JAN, BigDecimal.TEN);
    assertThat(value.value()).isEqualByComparingTo("10");

    session.history().undo();
    assertThat(metrics.valuesOfMetric(score.id())).isEmpty();
    session.history().redo();
    assertThat(metrics.valuesOfMetric(score.id())).containsExactly(value);
  }

  @Test
  void deletingAnAccountTakesItsValuesAndStagesAndUndoBringsThemBack() {
    Metric score = metrics.define(nps());
    MetricValue value = metrics.record(acme, score.id(), JAN, BigDecimal.ONE);
    long active = session.dimensions().findOrCreate(Dimension.LIFECYCLE_STAGE, "Active").id();
    Account account =
        session.people().accounts().stream().filter(a -> a.id() == acme).findFirst().orElseThrow();
    session.people().updateAccount(account.withValueOf(Dimension.LIFECYCLE_STAGE, active));
    List<StageChange> stages = metrics.stageChanges(acme);

    session.people().deleteAccount(acme);
    assertThat(metrics.valuesOfMetric(score.id())).isEmpty();

    session.history().undo();

    assertThat(metrics.valuesOfMetric(score.id())).containsExactly(value);
    assertThat(metrics.stageChanges(acme)).isEqualTo(stages).hasSize(1);
  }

  @Test
  void aLifecycleStageChangeIsKeptAsHistoryAndUndoTakesItBack() {
    long onboarding =
        session.dimensions().findOrCreate(Dimension.LIFECYCLE_STAGE, "Onboarding").id();
    long active = session.dimensions().findOrCreate(Dimension.LIFECYCLE_STAGE, "Active").id();
    Account account = new Account(acme, "Acme", null, null, null, null, null, null, null);

    session.people().updateAccount(account.withValueOf(Dimension.LIFECYCLE_STAGE, onboarding));
    session
        .people()
        .updateAccount(account.withValueOf(Dimension.LIFECYCLE_STAGE, active).withRegion("North"));
    session
        .people()
        .updateAccount(account.withValueOf(Dimension.LIFECYCLE_STAGE, active).withRegion("South"));

    List<StageChange> stages = metrics.stageChanges(acme);
    assertThat(stages)
        .extracting(StageChange::fromStageId, StageChange::toStageId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, onboarding),
            org.assertj.core.groups.Tuple.tuple(onboarding, active));

    session.history().undo();
    assertThat(metrics.stageChanges(acme)).hasSize(2);
    session.history().undo();
    assertThat(metrics.stageChanges(acme)).containsExactly(stages.get(0));
    session.history().redo();
    assertThat(metrics.stageChanges(acme)).isEqualTo(stages);
  }
}
