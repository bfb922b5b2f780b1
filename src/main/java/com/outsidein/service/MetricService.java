package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Metric;
import com.outsidein.domain.MetricValue;
import com.outsidein.domain.StageChange;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The metrics the team defines and their values per account: each write one undoable change,
 * announced on {@link Topic#METRICS} with the id of the metric it touched.
 */
public final class MetricService {

  private static final int NAME_LENGTH = 200;
  private static final int UNIT_LENGTH = 50;

  private final Writes writes;

  MetricService(Writes writes) {
    this.writes = writes;
  }

  /** Every metric, by name. */
  public List<Metric> metrics() {
    return writes.read(tx -> tx.metrics().all());
  }

  /** Every value of one account, by metric and date. */
  public List<MetricValue> valuesOfAccount(long accountId) {
    return writes.read(tx -> tx.metrics().valuesOfAccount(accountId));
  }

  /** Every value of one metric, by account and date. */
  public List<MetricValue> valuesOfMetric(long metricId) {
    return writes.read(tx -> tx.metrics().valuesOfMetric(metricId));
  }

  /** The lifecycle-stage changes of an account, oldest first. */
  public List<StageChange> stageChanges(long accountId) {
    return writes.read(tx -> tx.accounts().stageChanges(accountId));
  }

  public Metric define(Metric metric) {
    Metric checked = check(metric);
    return writes.undoable(
        ServiceText.get("undo.addMetric"),
        tx -> {
          refuseDuplicate(tx, checked.name(), 0);
          Metric added = tx.metrics().insert(checked);
          return Performed.of(
              added,
              undo -> undo.metrics().delete(added.id()),
              redo -> redo.metrics().insert(added));
        },
        added -> announce(added.id()));
  }

  public void update(Metric metric) {
    Metric checked = check(metric);
    writes.undoable(
        ServiceText.get("undo.editMetric"),
        tx -> {
          refuseDuplicate(tx, checked.name(), checked.id());
          Metric before = tx.metrics().byId(checked.id()).orElseThrow();
          tx.metrics().update(checked);
          return Performed.of(
              checked.id(),
              undo -> undo.metrics().update(before),
              redo -> redo.metrics().update(checked));
        },
        MetricService::announce);
  }

  /** Deletes a metric with all its values; undo brings both back. */
  public void delete(long metricId) {
    writes.undoable(
        ServiceText.get("undo.deleteMetric"),
        tx -> {
          Metric before = tx.metrics().byId(metricId).orElseThrow();
          List<MetricValue> values = tx.metrics().valuesOfMetric(metricId);
          tx.metrics().delete(metricId);
          return Performed.of(
              metricId,
              undo -> {
                undo.metrics().insert(before);
                undo.metrics().insertValues(values, done -> {});
              },
              redo -> redo.metrics().delete(metricId));
        },
        MetricService::announce);
  }

  /** Records one value of a metric for an account on a date. */
  public MetricValue record(long accountId, long metricId, LocalDate on, BigDecimal value) {
    if (on == null) {
      throw new BadInputException(
          ServiceText.get("field.date"), ServiceText.get("problem.required"));
    }
    if (value == null) {
      throw new BadInputException(
          ServiceText.get("field.value"), ServiceText.get("problem.required"));
    }
    return writes.undoable(
        ServiceText.get("undo.recordMetricValue"),
        tx -> {
          tx.accounts().byId(accountId).orElseThrow();
          tx.metrics().byId(metricId).orElseThrow();
          MetricValue added =
              tx.metrics().insertValue(MetricValue.of(accountId, metricId, on, value));
          return Performed.of(
              added,
              undo -> undo.metrics().deleteValue(added.id()),
              redo -> redo.metrics().insertValue(added));
        },
        added -> announce(added.metricId()));
  }

  /** Deletes one value. */
  public void deleteValue(MetricValue value) {
    writes.undoable(
        ServiceText.get("undo.deleteMetricValue"),
        tx -> {
          tx.metrics().deleteValue(value.id());
          return Performed.of(
              value.metricId(),
              undo -> undo.metrics().insertValue(value),
              redo -> redo.metrics().deleteValue(value.id()));
        },
        MetricService::announce);
  }

  private static List<Change> announce(long metricId) {
    return List.of(new Change(Topic.METRICS, Set.of(metricId)));
  }

  private static Metric check(Metric metric) {
    String field = ServiceText.get("field.name");
    String name = Require.maxLength(Require.text(metric.name(), field), NAME_LENGTH, field);
    String unit = metric.unit() == null ? null : metric.unit().trim();
    if (unit != null) {
      Require.maxLength(unit, UNIT_LENGTH, ServiceText.get("field.unit"));
    }
    return metric.withName(name).withUnit(unit);
  }

  private static void refuseDuplicate(Tx tx, String name, long exceptId) {
    tx.metrics()
        .findByName(name)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.name"),
                  ServiceText.get("problem.metricExists", other.name()));
            });
  }
}
