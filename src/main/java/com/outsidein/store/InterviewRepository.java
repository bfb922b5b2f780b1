package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.INTERVIEW_PARTICIPANT;
import static com.outsidein.store.generated.Tables.INTERVIEW_TEXT;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;
import static com.outsidein.store.generated.Tables.STUDY;
import static com.outsidein.store.generated.Tables.TEAM_MEMBER;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.store.generated.tables.DimensionValue;
import com.outsidein.store.generated.tables.records.InterviewRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

public final class InterviewRepository {

  private final DSLContext ctx;

  InterviewRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public Optional<Interview> byId(long id) {
    return withTexts().where(INTERVIEW.ID.eq(id)).fetchOptional(InterviewRepository::toDomain);
  }

  public boolean exists(long id) {
    return ctx.fetchExists(INTERVIEW, INTERVIEW.ID.eq(id));
  }

  /** Finds an interview of a study by title, ignoring case and surrounding spaces. */
  public Optional<Interview> findByTitle(long studyId, String title) {
    return withTexts()
        .where(INTERVIEW.STUDY_ID.eq(studyId))
        .and(DSL.lower(INTERVIEW.TITLE).eq(title.trim().toLowerCase(Locale.ROOT)))
        .fetchOptional(InterviewRepository::toDomain);
  }

  /** Every interview, or those of one study, newest first, as a list shows them. */
  public List<InterviewSummary> summaries(Long studyId) {
    DimensionValue channel = com.outsidein.store.generated.Tables.DIMENSION_VALUE.as("channel");
    DimensionValue stage = com.outsidein.store.generated.Tables.DIMENSION_VALUE.as("stage");
    Field<String> participants =
        DSL.field(
            DSL.select(DSL.listAgg(PERSON.NAME, ", ").withinGroupOrderBy(PERSON.NAME))
                .from(INTERVIEW_PARTICIPANT)
                .join(PERSON)
                .on(PERSON.ID.eq(INTERVIEW_PARTICIPANT.PERSON_ID))
                .where(INTERVIEW_PARTICIPANT.INTERVIEW_ID.eq(INTERVIEW.ID)));
    Field<Integer> observations =
        DSL.field(
            DSL.selectCount().from(OBSERVATION).where(OBSERVATION.INTERVIEW_ID.eq(INTERVIEW.ID)));
    Condition inStudy = studyId == null ? DSL.noCondition() : INTERVIEW.STUDY_ID.eq(studyId);
    return ctx.select(
            INTERVIEW.ID,
            INTERVIEW.STUDY_ID,
            STUDY.TITLE,
            INTERVIEW.TITLE,
            INTERVIEW.HELD_ON,
            TEAM_MEMBER.NAME,
            participants,
            channel.NAME,
            stage.NAME,
            observations)
        .from(INTERVIEW)
        .join(STUDY)
        .on(STUDY.ID.eq(INTERVIEW.STUDY_ID))
        .leftJoin(TEAM_MEMBER)
        .on(TEAM_MEMBER.ID.eq(INTERVIEW.INTERVIEWER_ID))
        .leftJoin(channel)
        .on(channel.ID.eq(INTERVIEW.CHANNEL_ID))
        .leftJoin(stage)
        .on(stage.ID.eq(INTERVIEW.JOURNEY_STAGE_ID))
        .where(inStudy)
        .orderBy(INTERVIEW.HELD_ON.desc().nullsLast(), INTERVIEW.TITLE)
        .fetch(
            r ->
                new InterviewSummary(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7() == null ? "" : r.value7(),
                    r.value8(),
                    r.value9(),
                    r.value10()));
  }

  public Interview insert(Interview interview) {
    InterviewRecord record = ctx.newRecord(INTERVIEW);
    if (interview.id() > 0) {
      record.setId(interview.id());
    }
    fill(record, interview);
    record.setImportBatchId(interview.importBatchId());
    record.store();
    // A new interview has no text rows yet: an empty text needs no statement (imports create
    // thousands of interviews without text).
    for (InterviewField field : InterviewField.values()) {
      String text = interview.text(field);
      if (text != null && !text.isEmpty()) {
        InterviewTextRows.write(ctx, record.getId(), field, text);
      }
    }
    return toDomain(
        record, Text.nullToEmpty(interview.notes()), Text.nullToEmpty(interview.transcript()));
  }

  /** Changes the interview's details; its texts are written only by {@link #setText}. */
  public void update(Interview interview) {
    InterviewRecord record = ctx.fetchSingle(INTERVIEW, INTERVIEW.ID.eq(interview.id()));
    fill(record, interview);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(INTERVIEW).where(INTERVIEW.ID.eq(id)).execute();
  }

  /** The interviews a person took part in. */
  public List<Long> idsWithParticipant(long personId) {
    return ctx.select(INTERVIEW_PARTICIPANT.INTERVIEW_ID)
        .from(INTERVIEW_PARTICIPANT)
        .where(INTERVIEW_PARTICIPANT.PERSON_ID.eq(personId))
        .orderBy(INTERVIEW_PARTICIPANT.INTERVIEW_ID)
        .fetch(INTERVIEW_PARTICIPANT.INTERVIEW_ID);
  }

  /** Interviews whose notes or transcript contain the word, ignoring case. */
  public List<Long> idsWithTextContaining(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return ctx.selectDistinct(INTERVIEW_TEXT.INTERVIEW_ID)
        .from(INTERVIEW_TEXT)
        .where(DSL.lower(INTERVIEW_TEXT.BODY).contains(lower))
        .orderBy(INTERVIEW_TEXT.INTERVIEW_ID)
        .fetch(INTERVIEW_TEXT.INTERVIEW_ID);
  }

  public List<Interview> ofStudy(long studyId) {
    return withTexts()
        .where(INTERVIEW.STUDY_ID.eq(studyId))
        .orderBy(INTERVIEW.ID)
        .fetch(InterviewRepository::toDomain);
  }

  /** One of the interview's texts, empty when it has none. */
  public String text(long interviewId, InterviewField field) {
    return InterviewTextRows.read(ctx, interviewId, field);
  }

  /** Writes one text alone (the other is not rewritten) and marks the interview as changed. */
  public void setText(long interviewId, InterviewField field, String text) {
    InterviewTextRows.write(ctx, interviewId, field, text);
    ctx.update(INTERVIEW)
        .set(INTERVIEW.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(INTERVIEW.ID.eq(interviewId))
        .execute();
  }

  public List<Long> participantIds(long interviewId) {
    return ctx.select(INTERVIEW_PARTICIPANT.PERSON_ID)
        .from(INTERVIEW_PARTICIPANT)
        .where(INTERVIEW_PARTICIPANT.INTERVIEW_ID.eq(interviewId))
        .orderBy(INTERVIEW_PARTICIPANT.CREATED_AT, INTERVIEW_PARTICIPANT.PERSON_ID)
        .fetch(INTERVIEW_PARTICIPANT.PERSON_ID);
  }

  /** Adds people to an interview; those already on it are left as they are. */
  public void addParticipants(long interviewId, Collection<Long> personIds) {
    for (Long personId : personIds) {
      ctx.insertInto(
              INTERVIEW_PARTICIPANT,
              INTERVIEW_PARTICIPANT.INTERVIEW_ID,
              INTERVIEW_PARTICIPANT.PERSON_ID)
          .values(interviewId, personId)
          .onDuplicateKeyIgnore()
          .execute();
    }
  }

  public void removeParticipant(long interviewId, long personId) {
    ctx.deleteFrom(INTERVIEW_PARTICIPANT)
        .where(INTERVIEW_PARTICIPANT.INTERVIEW_ID.eq(interviewId))
        .and(INTERVIEW_PARTICIPANT.PERSON_ID.eq(personId))
        .execute();
  }

  private static void fill(InterviewRecord record, Interview interview) {
    record.setStudyId(interview.studyId());
    record.setTitle(interview.title().trim());
    record.setHeldOn(interview.heldOn());
    record.setInterviewerId(interview.interviewerId());
    record.setChannelId(interview.channelId());
    record.setJourneyStageId(interview.journeyStageId());
  }

  private SelectJoinStep<Record> withTexts() {
    return InterviewTextRows.joined(
        ctx.select(INTERVIEW.fields())
            .select(InterviewTextRows.NOTES, InterviewTextRows.TRANSCRIPT)
            .from(INTERVIEW));
  }

  private static Interview toDomain(Record row) {
    return toDomain(
        row.into(INTERVIEW),
        row.get(InterviewTextRows.NOTES),
        row.get(InterviewTextRows.TRANSCRIPT));
  }

  private static Interview toDomain(InterviewRecord r, String notes, String transcript) {
    return new Interview(
        r.getId(),
        r.getStudyId(),
        r.getTitle(),
        r.getHeldOn(),
        r.getInterviewerId(),
        r.getChannelId(),
        r.getJourneyStageId(),
        notes,
        transcript,
        r.getImportBatchId());
  }
}
