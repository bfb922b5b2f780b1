package com.outsidein.store;

import static com.outsidein.store.generated.Tables.CANVAS_VERSION;
import static com.outsidein.store.generated.Tables.CANVAS_VERSION_CITATION;
import static com.outsidein.store.generated.Tables.CANVAS_VERSION_ENTRY;
import static com.outsidein.store.generated.Tables.CANVAS_VERSION_MANIFESTO;

import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.FrozenCitation;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.Horizon;
import com.outsidein.domain.Progress;
import com.outsidein.store.generated.tables.records.CanvasVersionEntryRecord;
import com.outsidein.store.generated.tables.records.CanvasVersionRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Frozen copies of canvases: text only, never pointing at live rows. */
public final class CanvasVersionRepository {

  private final DSLContext ctx;

  CanvasVersionRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<CanvasVersion> ofCanvas(long canvasId) {
    return ctx.selectFrom(CANVAS_VERSION)
        .where(CANVAS_VERSION.CANVAS_ID.eq(canvasId))
        .orderBy(CANVAS_VERSION.FROZEN_AT.desc(), CANVAS_VERSION.ID.desc())
        .fetch(CanvasVersionRepository::toDomain);
  }

  /** Stores a frozen copy; returns it with its id. */
  public CanvasVersion insert(
      CanvasVersion version, List<FrozenEntry> entries, List<String> manifesto) {
    CanvasVersionRecord record = ctx.newRecord(CANVAS_VERSION);
    if (version.id() > 0) {
      record.setId(version.id());
    }
    record.setCanvasId(version.canvasId());
    record.setLabel(version.label());
    record.setFrozenAt(version.frozenAt());
    record.setTitle(version.title());
    record.setScope(version.scope());
    record.setOwnerName(version.owner());
    record.setStatus(version.status().name());
    record.store();
    for (FrozenEntry entry : entries) {
      CanvasVersionEntryRecord e = ctx.newRecord(CANVAS_VERSION_ENTRY);
      e.setVersionId(record.getId());
      e.setSection(entry.section().name());
      e.setPromptText(entry.prompt());
      e.setPromptOrder(entry.promptOrder());
      e.setSourceEntryId(entry.sourceEntryId());
      e.setEntryOrder(entry.entryOrder());
      e.setAnswer(entry.answer() == null ? "" : entry.answer());
      e.setObjective(entry.objective());
      e.setMeasure(entry.measure());
      e.setTarget(entry.target());
      e.setHorizon(entry.horizon() == null ? null : entry.horizon().name());
      e.setCost(entry.cost());
      e.setOwnerName(entry.owner());
      e.setCadence(entry.cadence());
      e.setProgress(entry.progress() == null ? null : entry.progress().name());
      e.store();
      int order = 0;
      for (FrozenCitation citation : entry.citations()) {
        ctx.insertInto(
                CANVAS_VERSION_CITATION,
                CANVAS_VERSION_CITATION.VERSION_ENTRY_ID,
                CANVAS_VERSION_CITATION.KIND,
                CANVAS_VERSION_CITATION.SOURCE_ID,
                CANVAS_VERSION_CITATION.CITED_TEXT,
                CANVAS_VERSION_CITATION.SPEAKER_ID,
                CANVAS_VERSION_CITATION.WITHHELD_TEXT,
                CANVAS_VERSION_CITATION.SORT_ORDER)
            .values(
                e.getId(),
                citation.kind().name(),
                citation.sourceId(),
                citation.text(),
                citation.speakerId(),
                citation.withheldText(),
                ++order)
            .execute();
      }
    }
    int order = 0;
    for (String item : manifesto) {
      ctx.insertInto(
              CANVAS_VERSION_MANIFESTO,
              CANVAS_VERSION_MANIFESTO.VERSION_ID,
              CANVAS_VERSION_MANIFESTO.TEXT,
              CANVAS_VERSION_MANIFESTO.SORT_ORDER)
          .values(record.getId(), item, ++order)
          .execute();
    }
    return toDomain(record);
  }

  public List<FrozenEntry> entries(long versionId) {
    Map<Long, List<FrozenCitation>> citations = new HashMap<>();
    ctx.select(CANVAS_VERSION_CITATION.asterisk())
        .from(CANVAS_VERSION_CITATION)
        .join(CANVAS_VERSION_ENTRY)
        .on(CANVAS_VERSION_ENTRY.ID.eq(CANVAS_VERSION_CITATION.VERSION_ENTRY_ID))
        .where(CANVAS_VERSION_ENTRY.VERSION_ID.eq(versionId))
        .orderBy(CANVAS_VERSION_CITATION.SORT_ORDER)
        .fetch(r -> r.into(CANVAS_VERSION_CITATION))
        .forEach(
            c ->
                citations
                    .computeIfAbsent(c.getVersionEntryId(), k -> new ArrayList<>())
                    .add(
                        new FrozenCitation(
                            CitationTarget.Kind.valueOf(c.getKind()),
                            c.getSourceId(),
                            c.getCitedText(),
                            c.getSpeakerId(),
                            c.getWithheldText())));
    return ctx.selectFrom(CANVAS_VERSION_ENTRY)
        .where(CANVAS_VERSION_ENTRY.VERSION_ID.eq(versionId))
        .orderBy(
            CANVAS_VERSION_ENTRY.SECTION.sortAsc("THINK", "PLAN", "DO"),
            CANVAS_VERSION_ENTRY.PROMPT_ORDER,
            CANVAS_VERSION_ENTRY.ENTRY_ORDER)
        .fetch(
            e ->
                new FrozenEntry(
                    e.getSourceEntryId(),
                    CanvasSection.valueOf(e.getSection()),
                    e.getPromptText(),
                    e.getPromptOrder(),
                    e.getEntryOrder(),
                    e.getAnswer(),
                    e.getObjective(),
                    e.getMeasure(),
                    e.getTarget(),
                    e.getHorizon() == null ? null : Horizon.valueOf(e.getHorizon()),
                    e.getCost(),
                    e.getOwnerName(),
                    e.getCadence(),
                    e.getProgress() == null ? null : Progress.valueOf(e.getProgress()),
                    citations.getOrDefault(e.getId(), List.of())));
  }

  public List<String> manifesto(long versionId) {
    return ctx.select(CANVAS_VERSION_MANIFESTO.TEXT)
        .from(CANVAS_VERSION_MANIFESTO)
        .where(CANVAS_VERSION_MANIFESTO.VERSION_ID.eq(versionId))
        .orderBy(CANVAS_VERSION_MANIFESTO.SORT_ORDER)
        .fetch(CANVAS_VERSION_MANIFESTO.TEXT);
  }

  /** A frozen citation of someone's words, with its row id. */
  public record SpokenCitation(long id, String text, String withheldText) {}

  /** The frozen citations of the person's words, in every version of every canvas. */
  public List<SpokenCitation> citationsSpokenBy(long personId) {
    return ctx.select(
            CANVAS_VERSION_CITATION.ID,
            CANVAS_VERSION_CITATION.CITED_TEXT,
            CANVAS_VERSION_CITATION.WITHHELD_TEXT)
        .from(CANVAS_VERSION_CITATION)
        .where(CANVAS_VERSION_CITATION.SPEAKER_ID.eq(personId))
        .orderBy(CANVAS_VERSION_CITATION.ID)
        .fetch(r -> new SpokenCitation(r.value1(), r.value2(), r.value3()));
  }

  /** Replaces a frozen citation's words, and makes them nobody's. */
  public void anonymiseCitation(long citationId, String text) {
    ctx.update(CANVAS_VERSION_CITATION)
        .set(CANVAS_VERSION_CITATION.CITED_TEXT, text)
        .set(CANVAS_VERSION_CITATION.WITHHELD_TEXT, text)
        .setNull(CANVAS_VERSION_CITATION.SPEAKER_ID)
        .where(CANVAS_VERSION_CITATION.ID.eq(citationId))
        .execute();
  }

  /**
   * Makes the frozen citations of one person's words another's (a merge, or its undo). With {@code
   * sourceIds}, only the citations of those observations move.
   */
  public void setSpeaker(long fromPersonId, long toPersonId, Collection<Long> sourceIds) {
    ctx.update(CANVAS_VERSION_CITATION)
        .set(CANVAS_VERSION_CITATION.SPEAKER_ID, toPersonId)
        .where(CANVAS_VERSION_CITATION.SPEAKER_ID.eq(fromPersonId))
        .and(
            sourceIds == null
                ? DSL.noCondition()
                : CANVAS_VERSION_CITATION
                    .KIND
                    .eq(CitationTarget.Kind.OBSERVATION.name())
                    .and(CANVAS_VERSION_CITATION.SOURCE_ID.in(sourceIds)))
        .execute();
  }

  public void delete(long versionId) {
    ctx.deleteFrom(CANVAS_VERSION).where(CANVAS_VERSION.ID.eq(versionId)).execute();
  }

  static CanvasVersion toDomain(CanvasVersionRecord r) {
    return new CanvasVersion(
        r.getId(),
        r.getCanvasId(),
        r.getLabel(),
        r.getFrozenAt(),
        r.getTitle(),
        r.getScope(),
        r.getOwnerName(),
        CanvasStatus.valueOf(r.getStatus()));
  }
}
