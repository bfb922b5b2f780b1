package com.outsidein.store;

import static com.outsidein.store.generated.Tables.METRIC;
import static com.outsidein.store.generated.Tables.METRIC_VALUE;

import com.outsidein.domain.Metric;
import com.outsidein.domain.MetricBands;
import com.outsidein.domain.MetricKind;
import com.outsidein.domain.MetricValue;
import com.outsidein.store.generated.tables.records.MetricRecord;
import com.outsidein.store.generated.tables.records.MetricValueRecord;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Metrics the team defined, and their values per account and date. */
public final class MetricRepository {

  private final DSLContext ctx;

  MetricRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<Metric> all() {
    return ctx.selectFrom(METRIC).orderBy(METRIC.NAME).fetch(MetricRepository::toDomain);
  }

  public Optional<Metric> byId(long id) {
    return ctx.selectFrom(METRIC).where(METRIC.ID.eq(id)).fetchOptional(MetricRepository::toDomain);
  }

  /** Finds a metric by name, ignoring case and surrounding spaces. */
  public Optional<Metric> findByName(String name) {
    return ctx.selectFrom(METRIC)
        .where(DSL.lower(METRIC.NAME).eq(name.trim().toLowerCase(Locale.ROOT)))
        .fetchOptional(MetricRepository::toDomain);
  }

  public Metric insert(Metric metric) {
    MetricRecord record = ctx.newRecord(METRIC);
    if (metric.id() > 0) {
      record.setId(metric.id());
    }
    fill(record, metric);
    record.store();
    return toDomain(record);
  }

  public void update(Metric metric) {
    MetricRecord record = ctx.fetchSingle(METRIC, METRIC.ID.eq(metric.id()));
    fill(record, metric);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  /** Deletes a metric with its values. */
  public void delete(long id) {
    ctx.deleteFrom(METRIC).where(METRIC.ID.eq(id)).execute();
  }

  /** Every value of an account, by metric and date (for one date, the newest row last). */
  public List<MetricValue> valuesOfAccount(long accountId) {
    return ctx.selectFrom(METRIC_VALUE)
        .where(METRIC_VALUE.ACCOUNT_ID.eq(accountId))
        .orderBy(METRIC_VALUE.METRIC_ID, METRIC_VALUE.MEASURED_ON, METRIC_VALUE.ID)
        .fetch(MetricRepository::toDomain);
  }

  /** Every value of a metric, by account and date (for one date, the newest row last). */
  public List<MetricValue> valuesOfMetric(long metricId) {
    return ctx.selectFrom(METRIC_VALUE)
        .where(METRIC_VALUE.METRIC_ID.eq(metricId))
        .orderBy(METRIC_VALUE.ACCOUNT_ID, METRIC_VALUE.MEASURED_ON, METRIC_VALUE.ID)
        .fetch(MetricRepository::toDomain);
  }

  /** Every value held, by account, metric and date. */
  public List<MetricValue> allValues() {
    return ctx.selectFrom(METRIC_VALUE)
        .orderBy(
            METRIC_VALUE.ACCOUNT_ID,
            METRIC_VALUE.METRIC_ID,
            METRIC_VALUE.MEASURED_ON,
            METRIC_VALUE.ID)
        .fetch(MetricRepository::toDomain);
  }

  public int valueCount() {
    return ctx.fetchCount(METRIC_VALUE);
  }

  public MetricValue insertValue(MetricValue value) {
    MetricValueRecord record = ctx.newRecord(METRIC_VALUE);
    if (value.id() > 0) {
      record.setId(value.id());
    }
    record.setAccountId(value.accountId());
    record.setMetricId(value.metricId());
    record.setMeasuredOn(value.on());
    record.setFigure(value.value());
    record.setImportBatchId(value.importBatchId());
    record.store();
    return toDomain(record);
  }

  public void deleteValue(long id) {
    ctx.deleteFrom(METRIC_VALUE).where(METRIC_VALUE.ID.eq(id)).execute();
  }

  /**
   * Inserts many values as JDBC batches of one prepared statement, keeping their ids when they have
   * one (undo puts deleted values back as they were). {@code written} hears how many are in after
   * each chunk.
   */
  public void insertValues(List<MetricValue> values, IntConsumer written) {
    String sql =
        ctx.render(
            ctx.insertInto(
                    METRIC_VALUE,
                    METRIC_VALUE.ACCOUNT_ID,
                    METRIC_VALUE.METRIC_ID,
                    METRIC_VALUE.MEASURED_ON,
                    METRIC_VALUE.FIGURE,
                    METRIC_VALUE.IMPORT_BATCH_ID)
                .values((Long) null, null, null, null, null));
    String withIds =
        ctx.render(
            ctx.insertInto(
                    METRIC_VALUE,
                    METRIC_VALUE.ID,
                    METRIC_VALUE.ACCOUNT_ID,
                    METRIC_VALUE.METRIC_ID,
                    METRIC_VALUE.MEASURED_ON,
                    METRIC_VALUE.FIGURE,
                    METRIC_VALUE.IMPORT_BATCH_ID)
                .values((Long) null, null, null, null, null, null));
    boolean keepIds = !values.isEmpty() && values.get(0).id() > 0;
    ctx.connection(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(keepIds ? withIds : sql)) {
            int done = 0;
            for (MetricValue v : values) {
              int at = 1;
              if (keepIds) {
                insert.setLong(at++, v.id());
              }
              insert.setLong(at++, v.accountId());
              insert.setLong(at++, v.metricId());
              insert.setDate(at++, Date.valueOf(v.on()));
              insert.setBigDecimal(at++, v.value());
              if (v.importBatchId() == null) {
                insert.setNull(at, Types.BIGINT);
              } else {
                insert.setLong(at, v.importBatchId());
              }
              insert.addBatch();
              if (++done % ImportWriter.CHUNK == 0 || done == values.size()) {
                insert.executeBatch();
                written.accept(done);
              }
            }
          }
        });
  }

  /** Deletes the values an import brought. */
  public int deleteValuesOf(long batchId) {
    return ctx.deleteFrom(METRIC_VALUE).where(METRIC_VALUE.IMPORT_BATCH_ID.eq(batchId)).execute();
  }

  /** Deletes metrics created at {@code createdAt} (an import's instant) that hold no value. */
  public int deleteUnusedMetrics(OffsetDateTime createdAt) {
    return ctx.deleteFrom(METRIC)
        .where(METRIC.CREATED_AT.eq(createdAt))
        .andNotExists(
            DSL.selectOne().from(METRIC_VALUE).where(METRIC_VALUE.METRIC_ID.eq(METRIC.ID)))
        .execute();
  }

  private static void fill(MetricRecord record, Metric metric) {
    record.setName(metric.name().trim());
    record.setUnit(Text.blankToNull(metric.unit()));
    record.setKind(metric.kind().name());
    record.setHigherIsBetter(metric.higherIsBetter());
    record.setBandMode(metric.bands().mode().name());
    record.setBandThresholds(
        metric.bands().thresholds().isEmpty()
            ? null
            : metric.bands().thresholds().stream()
                .map(BigDecimal::toPlainString)
                .collect(Collectors.joining(" ")));
  }

  static Metric toDomain(MetricRecord r) {
    MetricBands.Mode mode = MetricBands.Mode.valueOf(r.getBandMode());
    List<BigDecimal> thresholds =
        r.getBandThresholds() == null
            ? List.of()
            : Arrays.stream(r.getBandThresholds().trim().split(" +")).map(BigDecimal::new).toList();
    return new Metric(
        r.getId(),
        r.getName(),
        r.getUnit(),
        MetricKind.valueOf(r.getKind()),
        r.getHigherIsBetter(),
        new MetricBands(mode, thresholds));
  }

  static MetricValue toDomain(MetricValueRecord r) {
    return new MetricValue(
        r.getId(),
        r.getAccountId(),
        r.getMetricId(),
        r.getMeasuredOn(),
        r.getFigure().stripTrailingZeros(),
        r.getImportBatchId());
  }
}
