package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;

import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What an exchange file (REFI-QDA) reads beyond the repositories: the interviews of a scope by id,
 * the codes of many observations at once, and who speaks which highlighted passage.
 */
public final class ExchangeQueries {

  private final DSLContext ctx;

  ExchangeQueries(DSLContext ctx) {
    this.ctx = ctx;
  }

  /** The interviews of one study (or of every study: null), oldest first. */
  public List<Long> interviewIds(Long studyId) {
    return ctx.select(INTERVIEW.ID)
        .from(INTERVIEW)
        .where(studyId == null ? DSL.noCondition() : INTERVIEW.STUDY_ID.eq(studyId))
        .orderBy(INTERVIEW.ID)
        .fetch(INTERVIEW.ID);
  }

  /** The observations of the scope that belong to no interview, oldest first. */
  public List<Observation> withoutInterview(Long studyId) {
    return ctx.selectFrom(OBSERVATION)
        .where(OBSERVATION.INTERVIEW_ID.isNull())
        .and(studyId == null ? DSL.noCondition() : OBSERVATION.STUDY_ID.eq(studyId))
        .orderBy(OBSERVATION.ID)
        .fetch(ObservationRepository::toDomain);
  }

  /** The codes of each of an interview's observations, by observation id. */
  public Map<Long, List<Long>> codeIdsInInterview(long interviewId) {
    return codeIds(
        OBSERVATION_CODE.OBSERVATION_ID.in(
            DSL.select(OBSERVATION.ID)
                .from(OBSERVATION)
                .where(OBSERVATION.INTERVIEW_ID.eq(interviewId))));
  }

  /** The codes of each of these observations, by observation id. */
  public Map<Long, List<Long>> codeIdsOf(Collection<Long> observationIds) {
    if (observationIds.isEmpty()) {
      return Map.of();
    }
    return codeIds(OBSERVATION_CODE.OBSERVATION_ID.in(observationIds));
  }

  private Map<Long, List<Long>> codeIds(Condition which) {
    Map<Long, List<Long>> codes = new HashMap<>();
    ctx.select(OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
        .from(OBSERVATION_CODE)
        .where(which)
        .orderBy(OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
        .forEach(r -> codes.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return codes;
  }

  /** A highlighted passage with its speaker. */
  public record SpokenPassage(
      long observationId, long speakerId, long interviewId, InterviewField field) {}

  /** The highlighted passages of the scope that have a speaker, in observation order. */
  public List<SpokenPassage> spokenPassages(Long studyId) {
    return ctx.select(
            OBSERVATION.ID,
            OBSERVATION.SPEAKER_ID,
            OBSERVATION.INTERVIEW_ID,
            OBSERVATION.HIGHLIGHT_FIELD)
        .from(OBSERVATION)
        .where(OBSERVATION.HIGHLIGHT_FIELD.isNotNull())
        .and(OBSERVATION.SPEAKER_ID.isNotNull())
        .and(studyId == null ? DSL.noCondition() : OBSERVATION.STUDY_ID.eq(studyId))
        .orderBy(OBSERVATION.ID)
        .fetch(
            r ->
                new SpokenPassage(
                    r.value1(), r.value2(), r.value3(), InterviewField.valueOf(r.value4())));
  }
}
