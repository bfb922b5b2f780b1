package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.DIMENSION_VALUE;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;
import static com.outsidein.store.generated.Tables.PERSON;
import static com.outsidein.store.generated.Tables.STUDY;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.store.generated.tables.DimensionValue;
import com.outsidein.store.generated.tables.records.ObservationRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

public final class ObservationRepository {

  private static final DimensionValue SEGMENT = DIMENSION_VALUE.as("segment");
  private static final DimensionValue STAGE = DIMENSION_VALUE.as("stage");
  private static final DimensionValue TOUCHPOINT = DIMENSION_VALUE.as("touchpoint");
  private static final DimensionValue FUNCTION = DIMENSION_VALUE.as("function");

  private final DSLContext ctx;

  ObservationRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public Optional<Observation> byId(long id) {
    return ctx.selectFrom(OBSERVATION)
        .where(OBSERVATION.ID.eq(id))
        .fetchOptional(ObservationRepository::toDomain);
  }

  public List<Observation> ofInterview(long interviewId) {
    return ctx.selectFrom(OBSERVATION)
        .where(OBSERVATION.INTERVIEW_ID.eq(interviewId))
        .orderBy(OBSERVATION.ID)
        .fetch(ObservationRepository::toDomain);
  }

  public Observation insert(Observation observation) {
    ObservationRecord record = ctx.newRecord(OBSERVATION);
    if (observation.id() > 0) {
      record.setId(observation.id());
    }
    fill(record, observation);
    record.setImportBatchId(observation.importBatchId());
    record.store();
    return toDomain(record);
  }

  /**
   * Changes an observation's fields. Its highlight is left alone: it follows the interview's text
   * (see {@link #setHighlight}), so an older copy of the observation never moves it back.
   */
  public void update(Observation observation) {
    ObservationRecord record = ctx.fetchSingle(OBSERVATION, OBSERVATION.ID.eq(observation.id()));
    Highlight kept = toDomain(record).highlight();
    fill(record, observation.withHighlight(kept));
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(OBSERVATION).where(OBSERVATION.ID.eq(id)).execute();
  }

  public List<Long> idsOfStudy(long studyId) {
    return ctx.select(OBSERVATION.ID)
        .from(OBSERVATION)
        .where(OBSERVATION.STUDY_ID.eq(studyId))
        .orderBy(OBSERVATION.ID)
        .fetch(OBSERVATION.ID);
  }

  /** The ids of the observations a person said. */
  public List<Long> idsSpokenBy(long personId) {
    return ctx.select(OBSERVATION.ID)
        .from(OBSERVATION)
        .where(OBSERVATION.SPEAKER_ID.eq(personId))
        .orderBy(OBSERVATION.ID)
        .fetch(OBSERVATION.ID);
  }

  public void setSpeaker(Collection<Long> observationIds, Long personId) {
    ctx.update(OBSERVATION)
        .set(OBSERVATION.SPEAKER_ID, personId)
        .set(OBSERVATION.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(OBSERVATION.ID.in(observationIds))
        .execute();
  }

  /** Observations that highlight a passage of one of an interview's texts. */
  public List<Observation> highlighting(long interviewId, InterviewField field) {
    return ctx.selectFrom(OBSERVATION)
        .where(OBSERVATION.INTERVIEW_ID.eq(interviewId))
        .and(OBSERVATION.HIGHLIGHT_FIELD.eq(field.name()))
        .orderBy(OBSERVATION.HIGHLIGHT_START)
        .fetch(ObservationRepository::toDomain);
  }

  public void setHighlight(long observationId, Highlight highlight) {
    ctx.update(OBSERVATION)
        .set(OBSERVATION.HIGHLIGHT_FIELD, highlight == null ? null : highlight.field().name())
        .set(OBSERVATION.HIGHLIGHT_START, highlight == null ? null : highlight.start())
        .set(OBSERVATION.HIGHLIGHT_END, highlight == null ? null : highlight.end())
        .where(OBSERVATION.ID.eq(observationId))
        .execute();
  }

  public List<Long> codeIds(long observationId) {
    return ctx.select(OBSERVATION_CODE.CODE_ID)
        .from(OBSERVATION_CODE)
        .where(OBSERVATION_CODE.OBSERVATION_ID.eq(observationId))
        .fetch(OBSERVATION_CODE.CODE_ID);
  }

  /** Codes an observation; codes it already has are left as they are. */
  public void addCodes(long observationId, Collection<Long> codeIds) {
    for (Long codeId : codeIds) {
      ctx.insertInto(OBSERVATION_CODE, OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
          .values(observationId, codeId)
          .onDuplicateKeyIgnore()
          .execute();
    }
  }

  public int count(ObservationFilter filter) {
    return ctx.fetchCount(
        ctx.select(OBSERVATION.ID)
            .from(OBSERVATION)
            .leftJoin(PERSON)
            .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
            .leftJoin(ACCOUNT)
            .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
            .where(conditions(filter)));
  }

  /** A page of observations matching the filter, newest first, as tables show them. */
  public List<ObservationRow> rows(ObservationFilter filter, int offset, int limit) {
    return rows(conditions(filter), offset, limit);
  }

  /** Those of the observations with these ids that match the filter, newest first. */
  public List<ObservationRow> rowsAmong(ObservationFilter filter, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return rows(conditions(filter).and(OBSERVATION.ID.in(ids)), 0, ids.size());
  }

  private List<ObservationRow> rows(Condition condition, int offset, int limit) {
    List<Record> records =
        ctx.select(
                OBSERVATION.asterisk(),
                STUDY.TITLE,
                INTERVIEW.TITLE,
                PERSON.NAME,
                PERSON.CONSENT_QUOTES,
                PERSON.CONSENT_WITHDRAWN_ON,
                ACCOUNT.NAME,
                SEGMENT.NAME,
                STAGE.NAME,
                TOUCHPOINT.NAME,
                FUNCTION.NAME)
            .from(OBSERVATION)
            .join(STUDY)
            .on(STUDY.ID.eq(OBSERVATION.STUDY_ID))
            .leftJoin(INTERVIEW)
            .on(INTERVIEW.ID.eq(OBSERVATION.INTERVIEW_ID))
            .leftJoin(PERSON)
            .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
            .leftJoin(ACCOUNT)
            .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
            .leftJoin(SEGMENT)
            .on(SEGMENT.ID.eq(ACCOUNT.SEGMENT_ID))
            .leftJoin(STAGE)
            .on(STAGE.ID.eq(OBSERVATION.JOURNEY_STAGE_ID))
            .leftJoin(TOUCHPOINT)
            .on(TOUCHPOINT.ID.eq(OBSERVATION.TOUCHPOINT_ID))
            .leftJoin(FUNCTION)
            .on(FUNCTION.ID.eq(OBSERVATION.FUNCTION_ID))
            .where(condition)
            .orderBy(OBSERVATION.ID.desc())
            .offset(offset)
            .limit(limit)
            .fetch();
    Map<Long, List<String>> codePaths = codePathsOf(records);
    List<ObservationRow> rows = new ArrayList<>(records.size());
    for (Record r : records) {
      Observation observation = toDomain(r.into(OBSERVATION));
      rows.add(
          new ObservationRow(
              observation,
              r.get(STUDY.TITLE),
              r.get(INTERVIEW.TITLE),
              r.get(PERSON.NAME),
              r.get(ACCOUNT.NAME),
              r.get(SEGMENT.NAME),
              r.get(STAGE.NAME),
              r.get(TOUCHPOINT.NAME),
              r.get(FUNCTION.NAME),
              codePaths.getOrDefault(observation.id(), List.of()),
              quoteAllowed(r)));
    }
    return rows;
  }

  private static boolean quoteAllowed(Record r) {
    if (r.get(OBSERVATION.SPEAKER_ID) == null) {
      return true;
    }
    Consent consent =
        new Consent(
            null, false, r.get(PERSON.CONSENT_QUOTES), false, r.get(PERSON.CONSENT_WITHDRAWN_ON));
    return consent.allowsQuotes();
  }

  private Map<Long, List<String>> codePathsOf(List<Record> records) {
    List<Long> ids = records.stream().map(r -> r.get(OBSERVATION.ID)).toList();
    Map<Long, List<String>> paths = new HashMap<>();
    if (ids.isEmpty()) {
      return paths;
    }
    CodeTree tree = new CodeTree(new CodeRepository(ctx).all());
    ctx.select(OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
        .from(OBSERVATION_CODE)
        .where(OBSERVATION_CODE.OBSERVATION_ID.in(ids))
        .forEach(
            link ->
                paths
                    .computeIfAbsent(link.value1(), k -> new ArrayList<>())
                    .add(tree.pathOf(link.value2())));
    paths.values().forEach(list -> list.sort(String.CASE_INSENSITIVE_ORDER));
    return paths;
  }

  private Condition conditions(ObservationFilter f) {
    Condition c = DSL.noCondition();
    if (f.studyId() != null) {
      c = c.and(OBSERVATION.STUDY_ID.eq(f.studyId()));
    }
    if (f.interviewId() != null) {
      c = c.and(OBSERVATION.INTERVIEW_ID.eq(f.interviewId()));
    }
    if (f.personId() != null) {
      c = c.and(OBSERVATION.SPEAKER_ID.eq(f.personId()));
    }
    if (f.accountId() != null) {
      c = c.and(PERSON.ACCOUNT_ID.eq(f.accountId()));
    }
    if (f.segmentId() != null) {
      c = c.and(ACCOUNT.SEGMENT_ID.eq(f.segmentId()));
    }
    if (f.kind() != null) {
      c = c.and(OBSERVATION.KIND.eq(f.kind().name()));
    }
    if (f.journeyStageId() != null) {
      c = c.and(OBSERVATION.JOURNEY_STAGE_ID.eq(f.journeyStageId()));
    }
    if (f.sentiment() != null) {
      c = c.and(OBSERVATION.SENTIMENT.eq(f.sentiment().shortValue()));
    }
    if (f.codeId() != null) {
      c = c.and(OBSERVATION.ID.in(observationsCodedWithin(f.codeId())));
    }
    return c;
  }

  /** Observations coded with the code or any code below it. */
  private org.jooq.Select<org.jooq.Record1<Long>> observationsCodedWithin(long codeId) {
    CodeTree tree = new CodeTree(new CodeRepository(ctx).all());
    List<Long> within = new ArrayList<>();
    for (Code code : tree.depthFirst()) {
      if (tree.isWithin(code.id(), codeId)) {
        within.add(code.id());
      }
    }
    return DSL.select(OBSERVATION_CODE.OBSERVATION_ID)
        .from(OBSERVATION_CODE)
        .where(OBSERVATION_CODE.CODE_ID.in(within));
  }

  private static void fill(ObservationRecord record, Observation o) {
    record.setStudyId(o.studyId());
    record.setInterviewId(o.interviewId());
    record.setSpeakerId(o.speakerId());
    record.setText(o.text().strip());
    record.setQuote(Text.blankToNull(o.quote()));
    record.setKind(o.kind().name());
    record.setJourneyStageId(o.journeyStageId());
    record.setTouchpointId(o.touchpointId());
    record.setFunctionId(o.functionId());
    record.setSentiment(o.sentiment() == null ? null : o.sentiment().shortValue());
    Highlight h = o.highlight();
    record.setHighlightField(h == null ? null : h.field().name());
    record.setHighlightStart(h == null ? null : h.start());
    record.setHighlightEnd(h == null ? null : h.end());
  }

  static Observation toDomain(ObservationRecord r) {
    Highlight highlight =
        r.getHighlightField() == null
            ? null
            : new Highlight(
                InterviewField.valueOf(r.getHighlightField()),
                r.getHighlightStart(),
                r.getHighlightEnd());
    return new Observation(
        r.getId(),
        r.getStudyId(),
        r.getInterviewId(),
        r.getSpeakerId(),
        r.getText(),
        r.getQuote(),
        ObservationKind.valueOf(r.getKind()),
        r.getJourneyStageId(),
        r.getTouchpointId(),
        r.getFunctionId(),
        r.getSentiment() == null ? null : r.getSentiment().intValue(),
        highlight,
        r.getImportBatchId());
  }
}
