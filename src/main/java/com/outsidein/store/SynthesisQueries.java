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
import org.jooq.impl.DSL;

/**
 * The counts behind the cross-cuts: observations by code and dimension value, and says / does /
 * says-they-do by code. Counts are of observations coded directly with a code.
 */
public final class SynthesisQueries {

  /** How many observations of one code have one value of a dimension (valueId null: none). */
  public record Cell(long codeId, Long valueId, int count) {}

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
    var query =
        ctx.select(OBSERVATION_CODE.CODE_ID, value, count)
            .from(OBSERVATION_CODE)
            .join(OBSERVATION)
            .on(OBSERVATION.ID.eq(OBSERVATION_CODE.OBSERVATION_ID));
    if (fromAccount(dimension)) {
      query =
          query
              .leftJoin(PERSON)
              .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
              .leftJoin(ACCOUNT)
              .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID));
    } else if (dimension == Dimension.CHANNEL) {
      query = query.leftJoin(INTERVIEW).on(INTERVIEW.ID.eq(OBSERVATION.INTERVIEW_ID));
    }
    return query
        .where(inStudy(studyId))
        .and(kind == null ? DSL.noCondition() : OBSERVATION.KIND.eq(kind.name()))
        .groupBy(OBSERVATION_CODE.CODE_ID, value)
        .fetch(r -> new Cell(r.value1(), r.value2(), r.value3()));
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
