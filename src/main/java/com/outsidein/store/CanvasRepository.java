package com.outsidein.store;

import static com.outsidein.store.generated.Tables.CANVAS;
import static com.outsidein.store.generated.Tables.CANVAS_CITATION;
import static com.outsidein.store.generated.Tables.CANVAS_ENTRY;
import static com.outsidein.store.generated.Tables.CANVAS_PROMPT;
import static com.outsidein.store.generated.Tables.MANIFESTO_ITEM;
import static com.outsidein.store.generated.Tables.STUDY;
import static com.outsidein.store.generated.Tables.TEAM_MEMBER;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CitationLink;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Horizon;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.domain.Progress;
import com.outsidein.store.generated.tables.records.CanvasEntryRecord;
import com.outsidein.store.generated.tables.records.CanvasRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Canvases with their prompts, entries, citations and manifesto. */
public final class CanvasRepository {

  private final DSLContext ctx;

  CanvasRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public Optional<Canvas> byId(long id) {
    return ctx.selectFrom(CANVAS).where(CANVAS.ID.eq(id)).fetchOptional(CanvasRepository::toDomain);
  }

  /** Every canvas with its completeness figures. Scope is null for a canvas over every study. */
  public List<CanvasSummary> summaries() {
    Field<Integer> prompts =
        DSL.field(
            DSL.selectCount().from(CANVAS_PROMPT).where(CANVAS_PROMPT.CANVAS_ID.eq(CANVAS.ID)));
    Field<Integer> answered =
        DSL.field(
            DSL.select(DSL.countDistinct(CANVAS_ENTRY.PROMPT_ID))
                .from(CANVAS_ENTRY)
                .join(CANVAS_PROMPT)
                .on(CANVAS_PROMPT.ID.eq(CANVAS_ENTRY.PROMPT_ID))
                .where(CANVAS_PROMPT.CANVAS_ID.eq(CANVAS.ID))
                .and(DSL.trim(CANVAS_ENTRY.ANSWER).ne("")));
    Field<Integer> entries =
        DSL.field(
            DSL.selectCount()
                .from(CANVAS_ENTRY)
                .join(CANVAS_PROMPT)
                .on(CANVAS_PROMPT.ID.eq(CANVAS_ENTRY.PROMPT_ID))
                .where(CANVAS_PROMPT.CANVAS_ID.eq(CANVAS.ID)));
    Field<Integer> supported =
        DSL.field(
            DSL.select(DSL.countDistinct(CANVAS_CITATION.ENTRY_ID))
                .from(CANVAS_CITATION)
                .join(CANVAS_ENTRY)
                .on(CANVAS_ENTRY.ID.eq(CANVAS_CITATION.ENTRY_ID))
                .join(CANVAS_PROMPT)
                .on(CANVAS_PROMPT.ID.eq(CANVAS_ENTRY.PROMPT_ID))
                .where(CANVAS_PROMPT.CANVAS_ID.eq(CANVAS.ID)));
    return ctx.select(
            CANVAS.asterisk(), STUDY.TITLE, TEAM_MEMBER.NAME, prompts, answered, entries, supported)
        .from(CANVAS)
        .leftJoin(STUDY)
        .on(STUDY.ID.eq(CANVAS.STUDY_ID))
        .leftJoin(TEAM_MEMBER)
        .on(TEAM_MEMBER.ID.eq(CANVAS.OWNER_ID))
        .orderBy(CANVAS.TITLE)
        .fetch(
            r ->
                new CanvasSummary(
                    toDomain(r.into(CANVAS)),
                    r.get(STUDY.TITLE),
                    r.get(TEAM_MEMBER.NAME),
                    r.get(prompts),
                    r.get(answered),
                    r.get(entries),
                    r.get(supported)));
  }

  public List<Long> idsOfStudy(long studyId) {
    return ctx.select(CANVAS.ID).from(CANVAS).where(CANVAS.STUDY_ID.eq(studyId)).fetch(CANVAS.ID);
  }

  public void setStudy(List<Long> canvasIds, Long studyId) {
    ctx.update(CANVAS).set(CANVAS.STUDY_ID, studyId).where(CANVAS.ID.in(canvasIds)).execute();
  }

  public Canvas insert(Canvas canvas) {
    CanvasRecord record = ctx.newRecord(CANVAS);
    if (canvas.id() > 0) {
      record.setId(canvas.id());
    }
    record.setTitle(canvas.title().trim());
    record.setStudyId(canvas.studyId());
    record.setOwnerId(canvas.ownerId());
    record.setStatus(canvas.status().name());
    record.store();
    return toDomain(record);
  }

  public void update(Canvas canvas) {
    ctx.update(CANVAS)
        .set(CANVAS.TITLE, canvas.title().trim())
        .set(CANVAS.STUDY_ID, canvas.studyId())
        .set(CANVAS.OWNER_ID, canvas.ownerId())
        .set(CANVAS.STATUS, canvas.status().name())
        .set(CANVAS.UPDATED_AT, OffsetDateTime.now())
        .where(CANVAS.ID.eq(canvas.id()))
        .execute();
  }

  public List<CanvasPrompt> prompts(long canvasId) {
    return ctx.selectFrom(CANVAS_PROMPT)
        .where(CANVAS_PROMPT.CANVAS_ID.eq(canvasId))
        .orderBy(CANVAS_PROMPT.SECTION.sortAsc("THINK", "PLAN", "DO"), CANVAS_PROMPT.SORT_ORDER)
        .fetch(
            r ->
                new CanvasPrompt(
                    r.getId(),
                    r.getCanvasId(),
                    CanvasSection.valueOf(r.getSection()),
                    r.getText(),
                    r.getSortOrder()));
  }

  public Optional<CanvasPrompt> promptById(long promptId) {
    return ctx.selectFrom(CANVAS_PROMPT)
        .where(CANVAS_PROMPT.ID.eq(promptId))
        .fetchOptional(
            r ->
                new CanvasPrompt(
                    r.getId(),
                    r.getCanvasId(),
                    CanvasSection.valueOf(r.getSection()),
                    r.getText(),
                    r.getSortOrder()));
  }

  public Optional<CanvasEntry> entryById(long entryId) {
    return ctx.selectFrom(CANVAS_ENTRY)
        .where(CANVAS_ENTRY.ID.eq(entryId))
        .fetchOptional(CanvasRepository::toDomain);
  }

  public CanvasPrompt insertPrompt(CanvasPrompt prompt) {
    var record = ctx.newRecord(CANVAS_PROMPT);
    if (prompt.id() > 0) {
      record.setId(prompt.id());
    }
    record.setCanvasId(prompt.canvasId());
    record.setSection(prompt.section().name());
    record.setText(prompt.text().trim());
    record.setSortOrder(prompt.sortOrder());
    record.store();
    return new CanvasPrompt(
        record.getId(), prompt.canvasId(), prompt.section(), record.getText(), prompt.sortOrder());
  }

  public List<CanvasEntry> entries(long canvasId) {
    return ctx.select(CANVAS_ENTRY.asterisk())
        .from(CANVAS_ENTRY)
        .join(CANVAS_PROMPT)
        .on(CANVAS_PROMPT.ID.eq(CANVAS_ENTRY.PROMPT_ID))
        .where(CANVAS_PROMPT.CANVAS_ID.eq(canvasId))
        .orderBy(CANVAS_ENTRY.PROMPT_ID, CANVAS_ENTRY.SORT_ORDER)
        .fetch(r -> toDomain(r.into(CANVAS_ENTRY)));
  }

  public CanvasEntry insertEntry(CanvasEntry entry) {
    CanvasEntryRecord record = ctx.newRecord(CANVAS_ENTRY);
    if (entry.id() > 0) {
      record.setId(entry.id());
    }
    fill(record, entry);
    if (entry.sortOrder() <= 0) {
      Integer max =
          ctx.select(DSL.max(CANVAS_ENTRY.SORT_ORDER))
              .from(CANVAS_ENTRY)
              .where(CANVAS_ENTRY.PROMPT_ID.eq(entry.promptId()))
              .fetchOne(0, Integer.class);
      record.setSortOrder(max == null ? 1 : max + 1);
    }
    record.store();
    return toDomain(record);
  }

  public void updateEntry(CanvasEntry entry) {
    CanvasEntryRecord record = ctx.fetchSingle(CANVAS_ENTRY, CANVAS_ENTRY.ID.eq(entry.id()));
    fill(record, entry);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public List<CitationTarget> citations(long entryId) {
    return ctx.selectFrom(CANVAS_CITATION)
        .where(CANVAS_CITATION.ENTRY_ID.eq(entryId))
        .orderBy(CANVAS_CITATION.SORT_ORDER, CANVAS_CITATION.ID)
        .fetch(
            r ->
                r.getInsightId() != null
                    ? CitationTarget.insight(r.getInsightId())
                    : CitationTarget.observation(r.getObservationId()));
  }

  /** Cites an insight or observation from an entry; a repeated citation is ignored. */
  public void cite(long entryId, CitationTarget target) {
    Integer max =
        ctx.select(DSL.max(CANVAS_CITATION.SORT_ORDER))
            .from(CANVAS_CITATION)
            .where(CANVAS_CITATION.ENTRY_ID.eq(entryId))
            .fetchOne(0, Integer.class);
    boolean insight = target.kind() == CitationTarget.Kind.INSIGHT;
    boolean exists =
        ctx.fetchExists(
            CANVAS_CITATION,
            CANVAS_CITATION
                .ENTRY_ID
                .eq(entryId)
                .and(
                    insight
                        ? CANVAS_CITATION.INSIGHT_ID.eq(target.id())
                        : CANVAS_CITATION.OBSERVATION_ID.eq(target.id())));
    if (exists) {
      return;
    }
    ctx.insertInto(
            CANVAS_CITATION,
            CANVAS_CITATION.ENTRY_ID,
            CANVAS_CITATION.INSIGHT_ID,
            CANVAS_CITATION.OBSERVATION_ID,
            CANVAS_CITATION.SORT_ORDER)
        .values(
            entryId,
            insight ? target.id() : null,
            insight ? null : target.id(),
            max == null ? 1 : max + 1)
        .execute();
  }

  /** Every citation of an observation, as rows that can be put back (undo). */
  public List<CitationLink> citationsOfObservation(long observationId) {
    return ctx.selectFrom(CANVAS_CITATION)
        .where(CANVAS_CITATION.OBSERVATION_ID.eq(observationId))
        .fetch(
            r ->
                new CitationLink(
                    r.getId(),
                    r.getEntryId(),
                    r.getInsightId(),
                    r.getObservationId(),
                    r.getSortOrder()));
  }

  public void restoreCitation(CitationLink link) {
    ctx.insertInto(
            CANVAS_CITATION,
            CANVAS_CITATION.ID,
            CANVAS_CITATION.ENTRY_ID,
            CANVAS_CITATION.INSIGHT_ID,
            CANVAS_CITATION.OBSERVATION_ID,
            CANVAS_CITATION.SORT_ORDER)
        .values(link.id(), link.entryId(), link.insightId(), link.observationId(), link.sortOrder())
        .execute();
  }

  /** Every citation of a canvas's entries, in order, as rows that can be put back (undo). */
  public List<CitationLink> citationsOfCanvas(long canvasId) {
    return ctx.select(CANVAS_CITATION.asterisk())
        .from(CANVAS_CITATION)
        .join(CANVAS_ENTRY)
        .on(CANVAS_ENTRY.ID.eq(CANVAS_CITATION.ENTRY_ID))
        .join(CANVAS_PROMPT)
        .on(CANVAS_PROMPT.ID.eq(CANVAS_ENTRY.PROMPT_ID))
        .where(CANVAS_PROMPT.CANVAS_ID.eq(canvasId))
        .orderBy(CANVAS_CITATION.ENTRY_ID, CANVAS_CITATION.SORT_ORDER, CANVAS_CITATION.ID)
        .fetch(
            r -> {
              var c = r.into(CANVAS_CITATION);
              return new CitationLink(
                  c.getId(),
                  c.getEntryId(),
                  c.getInsightId(),
                  c.getObservationId(),
                  c.getSortOrder());
            });
  }

  public List<CitationLink> citationsOfInsight(long insightId) {
    return ctx.selectFrom(CANVAS_CITATION)
        .where(CANVAS_CITATION.INSIGHT_ID.eq(insightId))
        .fetch(
            r ->
                new CitationLink(
                    r.getId(),
                    r.getEntryId(),
                    r.getInsightId(),
                    r.getObservationId(),
                    r.getSortOrder()));
  }

  public void uncite(long entryId, CitationTarget target) {
    ctx.deleteFrom(CANVAS_CITATION)
        .where(CANVAS_CITATION.ENTRY_ID.eq(entryId))
        .and(
            target.kind() == CitationTarget.Kind.INSIGHT
                ? CANVAS_CITATION.INSIGHT_ID.eq(target.id())
                : CANVAS_CITATION.OBSERVATION_ID.eq(target.id()))
        .execute();
  }

  public void updatePrompt(CanvasPrompt prompt) {
    ctx.update(CANVAS_PROMPT)
        .set(CANVAS_PROMPT.TEXT, prompt.text().trim())
        .set(CANVAS_PROMPT.SORT_ORDER, prompt.sortOrder())
        .set(CANVAS_PROMPT.SECTION, prompt.section().name())
        .set(CANVAS_PROMPT.UPDATED_AT, OffsetDateTime.now())
        .where(CANVAS_PROMPT.ID.eq(prompt.id()))
        .execute();
  }

  public void deletePrompt(long promptId) {
    ctx.deleteFrom(CANVAS_PROMPT).where(CANVAS_PROMPT.ID.eq(promptId)).execute();
  }

  public void deleteEntry(long entryId) {
    ctx.deleteFrom(CANVAS_ENTRY).where(CANVAS_ENTRY.ID.eq(entryId)).execute();
  }

  public void delete(long canvasId) {
    ctx.deleteFrom(CANVAS).where(CANVAS.ID.eq(canvasId)).execute();
  }

  public void updateManifestoItem(ManifestoItem item) {
    ctx.update(MANIFESTO_ITEM)
        .set(MANIFESTO_ITEM.TEXT, item.text().trim())
        .set(MANIFESTO_ITEM.SORT_ORDER, item.sortOrder())
        .set(MANIFESTO_ITEM.UPDATED_AT, OffsetDateTime.now())
        .where(MANIFESTO_ITEM.ID.eq(item.id()))
        .execute();
  }

  public void deleteManifestoItem(long id) {
    ctx.deleteFrom(MANIFESTO_ITEM).where(MANIFESTO_ITEM.ID.eq(id)).execute();
  }

  public List<ManifestoItem> manifesto(long canvasId) {
    return ctx.selectFrom(MANIFESTO_ITEM)
        .where(MANIFESTO_ITEM.CANVAS_ID.eq(canvasId))
        .orderBy(MANIFESTO_ITEM.SORT_ORDER)
        .fetch(r -> new ManifestoItem(r.getId(), r.getCanvasId(), r.getText(), r.getSortOrder()));
  }

  public ManifestoItem insertManifestoItem(ManifestoItem item) {
    var record = ctx.newRecord(MANIFESTO_ITEM);
    if (item.id() > 0) {
      record.setId(item.id());
    }
    record.setCanvasId(item.canvasId());
    record.setText(item.text().trim());
    record.setSortOrder(item.sortOrder());
    record.store();
    return new ManifestoItem(record.getId(), item.canvasId(), record.getText(), item.sortOrder());
  }

  private static void fill(CanvasEntryRecord record, CanvasEntry e) {
    record.setPromptId(e.promptId());
    record.setAnswer(Text.nullToEmpty(e.answer()));
    record.setSortOrder(e.sortOrder());
    record.setObjective(Text.blankToNull(e.objective()));
    record.setMeasure(Text.blankToNull(e.measure()));
    record.setTarget(Text.blankToNull(e.target()));
    record.setHorizon(e.horizon() == null ? null : e.horizon().name());
    record.setCost(Text.blankToNull(e.cost()));
    record.setOwnerId(e.ownerId());
    record.setCadence(Text.blankToNull(e.cadence()));
    record.setProgress(e.progress() == null ? null : e.progress().name());
  }

  static CanvasEntry toDomain(CanvasEntryRecord r) {
    return new CanvasEntry(
        r.getId(),
        r.getPromptId(),
        r.getAnswer(),
        r.getSortOrder(),
        r.getObjective(),
        r.getMeasure(),
        r.getTarget(),
        r.getHorizon() == null ? null : Horizon.valueOf(r.getHorizon()),
        r.getCost(),
        r.getOwnerId(),
        r.getCadence(),
        r.getProgress() == null ? null : Progress.valueOf(r.getProgress()));
  }

  static Canvas toDomain(CanvasRecord r) {
    return new Canvas(
        r.getId(),
        r.getTitle(),
        r.getStudyId(),
        r.getOwnerId(),
        CanvasStatus.valueOf(r.getStatus()));
  }
}
