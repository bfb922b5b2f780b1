package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INSIGHT;
import static com.outsidein.store.generated.Tables.INSIGHT_EVIDENCE;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;

import com.outsidein.domain.EvidenceLink;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.store.generated.tables.records.InsightRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class InsightRepository {

  private final DSLContext ctx;

  InsightRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public Optional<Insight> byId(long id) {
    return ctx.selectFrom(INSIGHT)
        .where(INSIGHT.ID.eq(id))
        .fetchOptional(InsightRepository::toDomain);
  }

  /** Every insight with the size and breadth of its evidence. */
  public List<InsightSummary> summaries() {
    return summaries(DSL.noCondition());
  }

  /** These insights (the ones that still exist) with the size and breadth of their evidence. */
  public List<InsightSummary> summaries(Collection<Long> insightIds) {
    return summaries(INSIGHT.ID.in(insightIds));
  }

  /** The insights whose evidence holds one of these observations. */
  public List<Long> idsRestingOn(Collection<Long> observationIds) {
    return ctx.selectDistinct(INSIGHT_EVIDENCE.INSIGHT_ID)
        .from(INSIGHT_EVIDENCE)
        .where(INSIGHT_EVIDENCE.OBSERVATION_ID.in(observationIds))
        .fetch(INSIGHT_EVIDENCE.INSIGHT_ID);
  }

  private List<InsightSummary> summaries(Condition which) {
    Field<Integer> evidence = DSL.count(INSIGHT_EVIDENCE.OBSERVATION_ID).as("evidence");
    Field<Integer> people = DSL.countDistinct(OBSERVATION.SPEAKER_ID).as("people");
    Field<Integer> accounts = DSL.countDistinct(PERSON.ACCOUNT_ID).as("accounts");
    return ctx.select(INSIGHT.asterisk(), evidence, people, accounts)
        .from(INSIGHT)
        .leftJoin(INSIGHT_EVIDENCE)
        .on(INSIGHT_EVIDENCE.INSIGHT_ID.eq(INSIGHT.ID))
        .leftJoin(OBSERVATION)
        .on(OBSERVATION.ID.eq(INSIGHT_EVIDENCE.OBSERVATION_ID))
        .leftJoin(PERSON)
        .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
        .where(which)
        .groupBy(INSIGHT.fields())
        .orderBy(INSIGHT.TITLE)
        .fetch(
            r ->
                new InsightSummary(
                    toDomain(r.into(INSIGHT)), r.get(evidence), r.get(people), r.get(accounts)));
  }

  public List<Long> idsOfStudy(long studyId) {
    return ctx.select(INSIGHT.ID)
        .from(INSIGHT)
        .where(INSIGHT.STUDY_ID.eq(studyId))
        .fetch(INSIGHT.ID);
  }

  public void setStudy(List<Long> insightIds, Long studyId) {
    ctx.update(INSIGHT).set(INSIGHT.STUDY_ID, studyId).where(INSIGHT.ID.in(insightIds)).execute();
  }

  public Insight insert(Insight insight) {
    InsightRecord record = ctx.newRecord(INSIGHT);
    if (insight.id() > 0) {
      record.setId(insight.id());
    }
    fill(record, insight);
    record.store();
    return toDomain(record);
  }

  public void update(Insight insight) {
    InsightRecord record = ctx.fetchSingle(INSIGHT, INSIGHT.ID.eq(insight.id()));
    fill(record, insight);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(INSIGHT).where(INSIGHT.ID.eq(id)).execute();
  }

  public List<Long> evidenceIds(long insightId) {
    return ctx.select(INSIGHT_EVIDENCE.OBSERVATION_ID)
        .from(INSIGHT_EVIDENCE)
        .where(INSIGHT_EVIDENCE.INSIGHT_ID.eq(insightId))
        .orderBy(INSIGHT_EVIDENCE.SORT_ORDER, INSIGHT_EVIDENCE.OBSERVATION_ID)
        .fetch(INSIGHT_EVIDENCE.OBSERVATION_ID);
  }

  /** Adds observations to an insight's evidence, after what it has; repeats are ignored. */
  public void addEvidence(long insightId, List<Long> observationIds) {
    Integer max =
        ctx.select(DSL.max(INSIGHT_EVIDENCE.SORT_ORDER))
            .from(INSIGHT_EVIDENCE)
            .where(INSIGHT_EVIDENCE.INSIGHT_ID.eq(insightId))
            .fetchOne(0, Integer.class);
    int order = max == null ? 0 : max;
    for (Long observationId : observationIds) {
      order++;
      ctx.insertInto(
              INSIGHT_EVIDENCE,
              INSIGHT_EVIDENCE.INSIGHT_ID,
              INSIGHT_EVIDENCE.OBSERVATION_ID,
              INSIGHT_EVIDENCE.SORT_ORDER)
          .values(insightId, observationId, order)
          .onDuplicateKeyIgnore()
          .execute();
    }
  }

  /** Where an observation stands in the evidence of every insight that uses it. */
  public List<EvidenceLink> evidenceOfObservation(long observationId) {
    return ctx.selectFrom(INSIGHT_EVIDENCE)
        .where(INSIGHT_EVIDENCE.OBSERVATION_ID.eq(observationId))
        .fetch(r -> new EvidenceLink(r.getInsightId(), r.getObservationId(), r.getSortOrder()));
  }

  /** Puts an evidence link back exactly as it was (undo). */
  public void restoreEvidence(EvidenceLink link) {
    ctx.insertInto(
            INSIGHT_EVIDENCE,
            INSIGHT_EVIDENCE.INSIGHT_ID,
            INSIGHT_EVIDENCE.OBSERVATION_ID,
            INSIGHT_EVIDENCE.SORT_ORDER)
        .values(link.insightId(), link.observationId(), link.sortOrder())
        .onDuplicateKeyIgnore()
        .execute();
  }

  public void removeEvidence(long insightId, long observationId) {
    ctx.deleteFrom(INSIGHT_EVIDENCE)
        .where(INSIGHT_EVIDENCE.INSIGHT_ID.eq(insightId))
        .and(INSIGHT_EVIDENCE.OBSERVATION_ID.eq(observationId))
        .execute();
  }

  private static void fill(InsightRecord record, Insight insight) {
    record.setStudyId(insight.studyId());
    record.setTitle(insight.title().trim());
    record.setStatement(Text.nullToEmpty(insight.statement()));
    record.setFacet(insight.facet().name());
    record.setKnowledgeStage(insight.knowledgeStage().name());
    record.setConfidence(insight.confidence().name());
    record.setImpact(insight.impact().name());
    record.setStatus(insight.status().name());
  }

  static Insight toDomain(InsightRecord r) {
    return new Insight(
        r.getId(),
        r.getStudyId(),
        r.getTitle(),
        r.getStatement(),
        Facet.valueOf(r.getFacet()),
        KnowledgeStage.valueOf(r.getKnowledgeStage()),
        Level.valueOf(r.getConfidence()),
        Level.valueOf(r.getImpact()),
        InsightStatus.valueOf(r.getStatus()));
  }
}
