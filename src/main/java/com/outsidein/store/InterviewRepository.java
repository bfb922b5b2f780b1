package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.INTERVIEW_PARTICIPANT;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;
import static com.outsidein.store.generated.Tables.STUDY;
import static com.outsidein.store.generated.Tables.TEAM_MEMBER;

import com.outsidein.domain.Interview;
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
import org.jooq.impl.DSL;

public final class InterviewRepository {

  private final DSLContext ctx;

  InterviewRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public Optional<Interview> byId(long id) {
    return ctx.selectFrom(INTERVIEW)
        .where(INTERVIEW.ID.eq(id))
        .fetchOptional(InterviewRepository::toDomain);
  }

  /** Finds an interview of a study by title, ignoring case and surrounding spaces. */
  public Optional<Interview> findByTitle(long studyId, String title) {
    return ctx.selectFrom(INTERVIEW)
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
    return toDomain(record);
  }

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
    return ctx.select(INTERVIEW.ID)
        .from(INTERVIEW)
        .where(DSL.lower(INTERVIEW.NOTES).contains(lower))
        .or(DSL.lower(INTERVIEW.TRANSCRIPT).contains(lower))
        .fetch(INTERVIEW.ID);
  }

  public List<Interview> ofStudy(long studyId) {
    return ctx.selectFrom(INTERVIEW)
        .where(INTERVIEW.STUDY_ID.eq(studyId))
        .orderBy(INTERVIEW.ID)
        .fetch(InterviewRepository::toDomain);
  }

  public void setText(long interviewId, com.outsidein.domain.InterviewField field, String text) {
    ctx.update(INTERVIEW)
        .set(
            field == com.outsidein.domain.InterviewField.NOTES
                ? INTERVIEW.NOTES
                : INTERVIEW.TRANSCRIPT,
            text)
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
    record.setNotes(Text.nullToEmpty(interview.notes()));
    record.setTranscript(Text.nullToEmpty(interview.transcript()));
  }

  static Interview toDomain(InterviewRecord r) {
    return new Interview(
        r.getId(),
        r.getStudyId(),
        r.getTitle(),
        r.getHeldOn(),
        r.getInterviewerId(),
        r.getChannelId(),
        r.getJourneyStageId(),
        r.getNotes(),
        r.getTranscript(),
        r.getImportBatchId());
  }
}
