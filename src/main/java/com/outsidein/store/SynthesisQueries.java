package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;
import static com.outsidein.store.generated.Tables.PERSON;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.ObservationKind;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;

/**
 * The counts behind the cross-cuts: observations by code and dimension value, and says / does /
 * says-they-do by code. Counts are of observations coded directly with a code.
 */
public final class SynthesisQueries {

  /** How many observations of one code have one value of a dimension (valueId null: none). */
  public record Cell(long codeId, Long valueId, int count) {}

  /**
   * Observations at one journey stage with one value of the row dimension (null ids: no value): how
   * many, how many with a sentiment, and their sum.
   */
  public record JourneyCount(Long stageId, Long rowValueId, int count, int rated, long sum) {}

  /** One kind of observation of one code: how many, how many with a sentiment, and their sum. */
  public record KindCount(long codeId, ObservationKind kind, int count, int rated, long sum) {}

  private final DSLContext ctx;

  SynthesisQueries(DSLContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Observations by code and by the value of a dimension, in a study (null: every study) and of a
   * kind (null: every kind). Account dimensions (segment, lane, touch model, lifecycle stage) come
   * from the speaker's account, the channel from the interview, the rest from the observation.
   */
  public List<Cell> matrix(Dimension dimension, Long studyId, ObservationKind kind) {
    Field<Long> value = valueOf(dimension);
    // An observation has each code once, so counting links counts observations.
    Field<Integer> count = DSL.count();
    return codedWithValue(ctx.select(OBSERVATION_CODE.CODE_ID, value, count), dimension)
        .where(inStudy(studyId))
        .and(ofKind(kind))
        .groupBy(OBSERVATION_CODE.CODE_ID, value)
        .fetch(r -> new Cell(r.value1(), r.value2(), r.value3()));
  }

  /**
   * The observations counted in one cell of {@link #matrix}: coded with the code and having the
   * value (null: no value) of the dimension, newest first.
   */
  public List<Long> matrixCell(
      Dimension dimension, Long studyId, ObservationKind kind, long codeId, Long valueId) {
    Field<Long> value = valueOf(dimension);
    return codedWithValue(ctx.select(OBSERVATION.ID), dimension)
        .where(inStudy(studyId))
        .and(ofKind(kind))
        .and(OBSERVATION_CODE.CODE_ID.eq(codeId))
        .and(valueId == null ? value.isNull() : value.eq(valueId))
        .orderBy(OBSERVATION.ID.desc())
        .fetch(OBSERVATION.ID);
  }

  private static <R extends Record> SelectJoinStep<R> codedWithValue(
      SelectSelectStep<R> select, Dimension dimension) {
    SelectJoinStep<R> query =
        select
            .from(OBSERVATION_CODE)
            .join(OBSERVATION)
            .on(OBSERVATION.ID.eq(OBSERVATION_CODE.OBSERVATION_ID));
    if (fromAccount(dimension)) {
      return query
          .leftJoin(PERSON)
          .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
          .leftJoin(ACCOUNT)
          .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID));
    }
    if (dimension == Dimension.CHANNEL) {
      return query.leftJoin(INTERVIEW).on(INTERVIEW.ID.eq(OBSERVATION.INTERVIEW_ID));
    }
    return query;
  }

  /**
   * Observations by journey stage and by their own value of a second dimension (touchpoint or
   * function), with their sentiment totals, in a study (null: every study).
   */
  public List<JourneyCount> journey(Dimension rows, Long studyId) {
    Field<Long> row = ownValueOf(rows);
    Field<Integer> count = DSL.count();
    Field<Integer> rated = DSL.count(OBSERVATION.SENTIMENT);
    Field<BigDecimal> sum = DSL.sum(OBSERVATION.SENTIMENT);
    return ctx.select(OBSERVATION.JOURNEY_STAGE_ID, row, count, rated, sum)
        .from(OBSERVATION)
        .where(inStudy(studyId))
        .groupBy(OBSERVATION.JOURNEY_STAGE_ID, row)
        .fetch(
            r ->
                new JourneyCount(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5() == null ? 0 : r.value5().longValue()));
  }

  /** The observations in one cell of {@link #journey} (null ids: no value), newest first. */
  public List<Long> journeyCell(Dimension rows, Long studyId, Long stageId, Long rowValueId) {
    Field<Long> row = ownValueOf(rows);
    return ctx.select(OBSERVATION.ID)
        .from(OBSERVATION)
        .where(inStudy(studyId))
        .and(
            stageId == null
                ? OBSERVATION.JOURNEY_STAGE_ID.isNull()
                : OBSERVATION.JOURNEY_STAGE_ID.eq(stageId))
        .and(rowValueId == null ? row.isNull() : row.eq(rowValueId))
        .orderBy(OBSERVATION.ID.desc())
        .fetch(OBSERVATION.ID);
  }

  private static Field<Long> ownValueOf(Dimension rows) {
    return switch (rows) {
      case TOUCHPOINT -> OBSERVATION.TOUCHPOINT_ID;
      case FUNCTION -> OBSERVATION.FUNCTION_ID;
      default -> throw new IllegalArgumentException("a journey map has no rows of " + rows);
    };
  }

  private static Condition ofKind(ObservationKind kind) {
    return kind == null ? DSL.noCondition() : OBSERVATION.KIND.eq(kind.name());
  }

  /** Says, does and says-they-do observations by code, with their sentiment totals. */
  public List<KindCount> sayDo(Long studyId) {
    Field<Integer> count = DSL.count();
    Field<Integer> rated = DSL.count(OBSERVATION.SENTIMENT);
    Field<BigDecimal> sum = DSL.sum(OBSERVATION.SENTIMENT);
    return ctx.select(OBSERVATION_CODE.CODE_ID, OBSERVATION.KIND, count, rated, sum)
        .from(OBSERVATION_CODE)
        .join(OBSERVATION)
        .on(OBSERVATION.ID.eq(OBSERVATION_CODE.OBSERVATION_ID))
        .where(inStudy(studyId))
        .and(
            OBSERVATION.KIND.in(
                ObservationKind.SAYS.name(),
                ObservationKind.DOES.name(),
                ObservationKind.SAYS_THEY_DO.name()))
        .groupBy(OBSERVATION_CODE.CODE_ID, OBSERVATION.KIND)
        .fetch(
            r ->
                new KindCount(
                    r.value1(),
                    ObservationKind.valueOf(r.value2()),
                    r.value3(),
                    r.value4(),
                    r.value5() == null ? 0 : r.value5().longValue()));
  }

  private static Condition inStudy(Long studyId) {
    return studyId == null ? DSL.noCondition() : OBSERVATION.STUDY_ID.eq(studyId);
  }

  private static boolean fromAccount(Dimension dimension) {
    return dimension == Dimension.SEGMENT
        || dimension == Dimension.LANE
        || dimension == Dimension.TOUCH_MODEL
        || dimension == Dimension.LIFECYCLE_STAGE;
  }

  private static Field<Long> valueOf(Dimension dimension) {
    return switch (dimension) {
      case SEGMENT -> ACCOUNT.SEGMENT_ID;
      case LANE -> ACCOUNT.LANE_ID;
      case TOUCH_MODEL -> ACCOUNT.TOUCH_MODEL_ID;
      case LIFECYCLE_STAGE -> ACCOUNT.LIFECYCLE_STAGE_ID;
      case JOURNEY_STAGE -> OBSERVATION.JOURNEY_STAGE_ID;
      case TOUCHPOINT -> OBSERVATION.TOUCHPOINT_ID;
      case FUNCTION -> OBSERVATION.FUNCTION_ID;
      case CHANNEL -> INTERVIEW.CHANNEL_ID;
    };
  }
}
