package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INSIGHT;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads the texts that search indexes: observations, interviews' notes and transcripts, insights.
 */
public final class SearchTexts {

  /** An observation's words and what to call it in a result. */
  public record ObservationText(
      long id, Long interviewId, String speaker, String interview, String text, String quote) {}

  /** An interview's long texts. */
  public record InterviewText(long id, String title, String notes, String transcript) {}

  /** An insight's words. */
  public record InsightText(long id, String title, String statement) {}

  /** Receives texts one at a time, so that a whole workspace never sits in memory at once. */
  @FunctionalInterface
  public interface Each<T> {
    void accept(T text);
  }

  private static final int CHUNK = 1000;

  private final DSLContext ctx;

  SearchTexts(DSLContext ctx) {
    this.ctx = ctx;
  }

  /** When each observation last changed, by id (as microseconds since the epoch). */
  public Map<Long, Long> observationStamps() {
    return stamps(OBSERVATION, OBSERVATION.ID, OBSERVATION.UPDATED_AT);
  }

  public Map<Long, Long> interviewStamps() {
    return stamps(INTERVIEW, INTERVIEW.ID, INTERVIEW.UPDATED_AT);
  }

  public Map<Long, Long> insightStamps() {
    return stamps(INSIGHT, INSIGHT.ID, INSIGHT.UPDATED_AT);
  }

  private Map<Long, Long> stamps(Table<?> table, Field<Long> id, Field<OffsetDateTime> updatedAt) {
    Map<Long, Long> stamps = new HashMap<>();
    try (Cursor<Record2<Long, OffsetDateTime>> rows =
        ctx.select(id, updatedAt).from(table).fetchSize(CHUNK).fetchLazy()) {
      for (Record2<Long, OffsetDateTime> row : rows) {
        stamps.put(row.value1(), micros(row.value2()));
      }
    }
    return stamps;
  }

  public static long micros(OffsetDateTime time) {
    return time.toEpochSecond() * 1_000_000L + time.getNano() / 1000;
  }

  /** The observations with these ids, or all of them when ids is null. */
  public void observations(Collection<Long> ids, Each<ObservationText> each) {
    var query =
        ctx.select(
                OBSERVATION.ID,
                OBSERVATION.INTERVIEW_ID,
                PERSON.NAME,
                INTERVIEW.TITLE,
                OBSERVATION.TEXT,
                OBSERVATION.QUOTE)
            .from(OBSERVATION)
            .leftJoin(PERSON)
            .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
            .leftJoin(INTERVIEW)
            .on(INTERVIEW.ID.eq(OBSERVATION.INTERVIEW_ID));
    inChunks(
        ids,
        OBSERVATION.ID,
        condition -> query.where(condition).fetchSize(CHUNK).fetchLazy(),
        r ->
            each.accept(
                new ObservationText(
                    r.get(OBSERVATION.ID),
                    r.get(OBSERVATION.INTERVIEW_ID),
                    r.get(PERSON.NAME),
                    r.get(INTERVIEW.TITLE),
                    r.get(OBSERVATION.TEXT),
                    r.get(OBSERVATION.QUOTE))));
  }

  public void interviews(Collection<Long> ids, Each<InterviewText> each) {
    var query =
        InterviewTextRows.joined(
            ctx.select(
                    INTERVIEW.ID,
                    INTERVIEW.TITLE,
                    InterviewTextRows.NOTES,
                    InterviewTextRows.TRANSCRIPT)
                .from(INTERVIEW));
    inChunks(
        ids,
        INTERVIEW.ID,
        condition -> query.where(condition).fetchSize(50).fetchLazy(),
        r ->
            each.accept(
                new InterviewText(
                    r.get(INTERVIEW.ID),
                    r.get(INTERVIEW.TITLE),
                    r.get(InterviewTextRows.NOTES),
                    r.get(InterviewTextRows.TRANSCRIPT))));
  }

  public void insights(Collection<Long> ids, Each<InsightText> each) {
    var query = ctx.select(INSIGHT.ID, INSIGHT.TITLE, INSIGHT.STATEMENT).from(INSIGHT);
    inChunks(
        ids,
        INSIGHT.ID,
        condition -> query.where(condition).fetchSize(CHUNK).fetchLazy(),
        r ->
            each.accept(
                new InsightText(
                    r.get(INSIGHT.ID), r.get(INSIGHT.TITLE), r.get(INSIGHT.STATEMENT))));
  }

  private static void inChunks(
      Collection<Long> ids,
      Field<Long> id,
      java.util.function.Function<org.jooq.Condition, Cursor<? extends Record>> run,
      Each<Record> each) {
    if (ids == null) {
      try (Cursor<? extends Record> rows = run.apply(DSL.noCondition())) {
        rows.forEach(each::accept);
      }
      return;
    }
    var list = java.util.List.copyOf(ids);
    for (int from = 0; from < list.size(); from += CHUNK) {
      var chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
      try (Cursor<? extends Record> rows = run.apply(id.in(chunk))) {
        rows.forEach(each::accept);
      }
    }
  }
}
