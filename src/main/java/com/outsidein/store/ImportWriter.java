package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.CODE;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.INTERVIEW_PARTICIPANT;
import static com.outsidein.store.generated.Tables.METRIC_VALUE;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;
import static com.outsidein.store.generated.Tables.PERSON;

import com.outsidein.domain.Observation;
import com.outsidein.store.generated.tables.Code;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The writes of an import, made for many rows: observations and their codes go in as JDBC batches
 * of one prepared statement each, rendered by jOOQ for the dialect. Also takes a whole import away
 * again.
 *
 * <p>Everything an import creates carries the import transaction's timestamp as {@code created_at}
 * (the database gives every statement of one transaction the same {@code CURRENT_TIMESTAMP}); the
 * batch's {@code imported_at} is that same instant. Removing an import uses it to find the people,
 * accounts and codes the import created.
 */
public final class ImportWriter {

  /** How many rows go to the database in one JDBC batch. */
  public static final int CHUNK = 1_000;

  private final DSLContext ctx;

  ImportWriter(DSLContext ctx) {
    this.ctx = ctx;
  }

  /** The transaction's timestamp: what {@code created_at} defaults to within it. */
  public OffsetDateTime transactionTimestamp() {
    return ctx.select(DSL.currentOffsetDateTime()).fetchSingle().value1();
  }

  /**
   * Inserts observations of one import batch (with their highlights) in order and returns their new
   * ids in the same order. {@code written} hears how many are in after each chunk.
   */
  public List<Long> insertObservations(
      long batchId, List<Observation> observations, IntConsumer written) {
    // Plain JDBC batches: at 100,000 rows jOOQ's per-value binding shows in the time taken.
    String sql =
        ctx.render(
            ctx.insertInto(
                    OBSERVATION,
                    OBSERVATION.STUDY_ID,
                    OBSERVATION.INTERVIEW_ID,
                    OBSERVATION.SPEAKER_ID,
                    OBSERVATION.TEXT,
                    OBSERVATION.QUOTE,
                    OBSERVATION.KIND,
                    OBSERVATION.JOURNEY_STAGE_ID,
                    OBSERVATION.TOUCHPOINT_ID,
                    OBSERVATION.FUNCTION_ID,
                    OBSERVATION.SENTIMENT,
                    OBSERVATION.IMPORT_BATCH_ID,
                    OBSERVATION.HIGHLIGHT_FIELD,
                    OBSERVATION.HIGHLIGHT_START,
                    OBSERVATION.HIGHLIGHT_END)
                .values(
                    (Long) null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
    ctx.connection(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int done = 0;
            for (Observation o : observations) {
              insert.setLong(1, o.studyId());
              setLong(insert, 2, o.interviewId());
              setLong(insert, 3, o.speakerId());
              insert.setString(4, o.text());
              insert.setString(5, o.quote());
              insert.setString(6, o.kind().name());
              setLong(insert, 7, o.journeyStageId());
              setLong(insert, 8, o.touchpointId());
              setLong(insert, 9, o.functionId());
              if (o.sentiment() == null) {
                insert.setNull(10, Types.SMALLINT);
              } else {
                insert.setShort(10, o.sentiment().shortValue());
              }
              insert.setLong(11, batchId);
              if (o.highlight() == null) {
                insert.setNull(12, Types.VARCHAR);
                insert.setNull(13, Types.INTEGER);
                insert.setNull(14, Types.INTEGER);
              } else {
                insert.setString(12, o.highlight().field().name());
                insert.setInt(13, o.highlight().start());
                insert.setInt(14, o.highlight().end());
              }
              insert.addBatch();
              if (++done % CHUNK == 0 || done == observations.size()) {
                insert.executeBatch();
                written.accept(done);
              }
            }
          }
        });
    // Identity values rise in insertion order, and only this transaction writes this batch's rows.
    return ctx.select(OBSERVATION.ID)
        .from(OBSERVATION)
        .where(OBSERVATION.IMPORT_BATCH_ID.eq(batchId))
        .orderBy(OBSERVATION.ID)
        .fetch(OBSERVATION.ID);
  }

  /** Codes observations: each pair is {observation id, code id}; pairs must not repeat. */
  public void insertCodings(List<long[]> pairs) {
    String sql =
        ctx.render(
            ctx.insertInto(
                    OBSERVATION_CODE, OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
                .values((Long) null, null));
    ctx.connection(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int done = 0;
            for (long[] pair : pairs) {
              insert.setLong(1, pair[0]);
              insert.setLong(2, pair[1]);
              insert.addBatch();
              if (++done % CHUNK == 0 || done == pairs.size()) {
                insert.executeBatch();
              }
            }
          }
        });
  }

  /**
   * Adds people to interviews, by interview id, in one JDBC batch; a person already in an interview
   * stays there once.
   */
  public void insertParticipants(java.util.Map<Long, ? extends java.util.Collection<Long>> people) {
    String sql =
        ctx.render(
            ctx.insertInto(
                    INTERVIEW_PARTICIPANT,
                    INTERVIEW_PARTICIPANT.INTERVIEW_ID,
                    INTERVIEW_PARTICIPANT.PERSON_ID)
                .values((Long) null, null)
                .onDuplicateKeyIgnore());
    ctx.connection(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var interview : people.entrySet()) {
              for (Long person : interview.getValue()) {
                insert.setLong(1, interview.getKey());
                insert.setLong(2, person);
                insert.addBatch();
                if (++pending == CHUNK) {
                  insert.executeBatch();
                  pending = 0;
                }
              }
            }
            if (pending > 0) {
              insert.executeBatch();
            }
          }
        });
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  /** Deletes the batch's observations (their codes, evidence links and citations go with them). */
  public int deleteObservations(long batchId) {
    return ctx.deleteFrom(OBSERVATION).where(OBSERVATION.IMPORT_BATCH_ID.eq(batchId)).execute();
  }

  /**
   * Deletes the interviews the batch created that hold no observation any more; those that still do
   * (someone logged more into them) stay, no longer tied to the batch. Returns how many went.
   */
  public int deleteInterviews(long batchId) {
    int deleted =
        ctx.deleteFrom(INTERVIEW)
            .where(INTERVIEW.IMPORT_BATCH_ID.eq(batchId))
            .andNotExists(
                DSL.selectOne().from(OBSERVATION).where(OBSERVATION.INTERVIEW_ID.eq(INTERVIEW.ID)))
            .execute();
    ctx.update(INTERVIEW)
        .setNull(INTERVIEW.IMPORT_BATCH_ID)
        .where(INTERVIEW.IMPORT_BATCH_ID.eq(batchId))
        .execute();
    return deleted;
  }

  /**
   * Deletes people created at {@code createdAt} who speak no observation and sit in no interview.
   */
  public int deleteUnusedPeople(OffsetDateTime createdAt) {
    return ctx.deleteFrom(PERSON)
        .where(PERSON.CREATED_AT.eq(createdAt))
        .andNotExists(DSL.selectOne().from(OBSERVATION).where(OBSERVATION.SPEAKER_ID.eq(PERSON.ID)))
        .andNotExists(
            DSL.selectOne()
                .from(INTERVIEW_PARTICIPANT)
                .where(INTERVIEW_PARTICIPANT.PERSON_ID.eq(PERSON.ID)))
        .execute();
  }

  /**
   * Deletes accounts created at {@code createdAt} that nobody belongs to and no metric measures.
   */
  public int deleteUnusedAccounts(OffsetDateTime createdAt) {
    return ctx.deleteFrom(ACCOUNT)
        .where(ACCOUNT.CREATED_AT.eq(createdAt))
        .andNotExists(DSL.selectOne().from(PERSON).where(PERSON.ACCOUNT_ID.eq(ACCOUNT.ID)))
        .andNotExists(
            DSL.selectOne().from(METRIC_VALUE).where(METRIC_VALUE.ACCOUNT_ID.eq(ACCOUNT.ID)))
        .execute();
  }

  /** Deletes codes created at {@code createdAt} that code nothing and have no children left. */
  public int deleteUnusedCodes(OffsetDateTime createdAt) {
    Code child = CODE.as("child");
    int total = 0;
    int deleted;
    do {
      deleted =
          ctx.deleteFrom(CODE)
              .where(CODE.CREATED_AT.eq(createdAt))
              .andNotExists(
                  DSL.selectOne()
                      .from(OBSERVATION_CODE)
                      .where(OBSERVATION_CODE.CODE_ID.eq(CODE.ID)))
              .andNotExists(DSL.selectOne().from(child).where(child.PARENT_ID.eq(CODE.ID)))
              .execute();
      total += deleted;
    } while (deleted > 0);
    return total;
  }
}
