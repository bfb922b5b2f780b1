package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.STUDY;
import static com.outsidein.store.generated.Tables.TEAM_MEMBER;

import com.outsidein.domain.Study;
import com.outsidein.domain.StudyStatus;
import com.outsidein.domain.StudySummary;
import com.outsidein.store.generated.tables.records.StudyRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class StudyRepository {

  private final DSLContext ctx;

  StudyRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<Study> all() {
    return ctx.selectFrom(STUDY).orderBy(STUDY.TITLE).fetch(StudyRepository::toDomain);
  }

  public List<StudySummary> summaries() {
    Field<Integer> interviews =
        DSL.field(DSL.selectCount().from(INTERVIEW).where(INTERVIEW.STUDY_ID.eq(STUDY.ID)));
    Field<Integer> observations =
        DSL.field(DSL.selectCount().from(OBSERVATION).where(OBSERVATION.STUDY_ID.eq(STUDY.ID)));
    return ctx.select(STUDY.asterisk(), TEAM_MEMBER.NAME, interviews, observations)
        .from(STUDY)
        .leftJoin(TEAM_MEMBER)
        .on(TEAM_MEMBER.ID.eq(STUDY.OWNER_ID))
        .orderBy(STUDY.STARTS_ON.desc().nullsLast(), STUDY.TITLE)
        .fetch(
            r ->
                new StudySummary(
                    toDomain(r.into(STUDY)),
                    r.get(TEAM_MEMBER.NAME),
                    r.get(interviews),
                    r.get(observations)));
  }

  public Optional<Study> byId(long id) {
    return ctx.selectFrom(STUDY).where(STUDY.ID.eq(id)).fetchOptional(StudyRepository::toDomain);
  }

  /** Finds a study by title, ignoring case and surrounding spaces. */
  public Optional<Study> findByTitle(String title) {
    return ctx.selectFrom(STUDY)
        .where(DSL.lower(STUDY.TITLE).eq(title.trim().toLowerCase(Locale.ROOT)))
        .fetchOptional(StudyRepository::toDomain);
  }

  public Study insert(Study study) {
    StudyRecord record = ctx.newRecord(STUDY);
    if (study.id() > 0) {
      record.setId(study.id());
    }
    fill(record, study);
    record.store();
    return toDomain(record);
  }

  public void update(Study study) {
    StudyRecord record = ctx.fetchSingle(STUDY, STUDY.ID.eq(study.id()));
    fill(record, study);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(STUDY).where(STUDY.ID.eq(id)).execute();
  }

  private static void fill(StudyRecord record, Study study) {
    record.setTitle(study.title().trim());
    record.setResearchQuestions(Text.nullToEmpty(study.researchQuestions()));
    record.setMethod(Text.blankToNull(study.method()));
    record.setStatus(study.status().name());
    record.setStartsOn(study.startsOn());
    record.setEndsOn(study.endsOn());
    record.setOwnerId(study.ownerId());
  }

  static Study toDomain(StudyRecord r) {
    return new Study(
        r.getId(),
        r.getTitle(),
        r.getResearchQuestions(),
        r.getMethod(),
        StudyStatus.valueOf(r.getStatus()),
        r.getStartsOn(),
        r.getEndsOn(),
        r.getOwnerId());
  }
}
