package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasComparison;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CanvasTemplate;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationLink;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Think / Plan / Do canvases: their prompts, entries and what those entries cite, the manifesto,
 * and frozen versions. Every change can be undone.
 */
public final class CanvasService {

  private final Writes writes;

  CanvasService(Writes writes) {
    this.writes = writes;
  }

  public List<CanvasSummary> summaries() {
    return writes.read(tx -> tx.canvases().summaries());
  }

  public List<CanvasPrompt> prompts(long canvasId) {
    return writes.read(tx -> tx.canvases().prompts(canvasId));
  }

  public List<CitationTarget> citations(long entryId) {
    return writes.read(tx -> tx.canvases().citations(entryId));
  }

  /** Everything the canvas view shows, in one read. */
  public CanvasContent content(long canvasId) {
    return writes.read(tx -> CanvasReading.content(tx, canvasId));
  }

  /** Creates a canvas that starts with the 21 Think / Plan / Do prompts, in order. */
  public Canvas create(Canvas canvas) {
    Require.text(canvas.title(), ServiceText.get("field.title"));
    return writes.undoable(
        ServiceText.get("undo.addCanvas"),
        tx -> {
          Canvas inserted = tx.canvases().insert(canvas);
          for (CanvasSection section : CanvasSection.values()) {
            List<String> prompts = CanvasTemplate.PROMPTS.get(section);
            for (int i = 0; i < prompts.size(); i++) {
              tx.canvases()
                  .insertPrompt(new CanvasPrompt(0, inserted.id(), section, prompts.get(i), i + 1));
            }
          }
          AtomicReference<CanvasSnapshot> latest =
              new AtomicReference<>(CanvasSnapshot.take(tx, inserted.id()));
          return Performed.of(
              inserted,
              undo -> {
                latest.set(CanvasSnapshot.take(undo, inserted.id()));
                latest.get().delete(undo);
              },
              redo -> latest.get().restore(redo));
        },
        created -> changed(created.id()));
  }

  public void update(Canvas canvas) {
    Require.text(canvas.title(), ServiceText.get("field.title"));
    writes.undoable(
        ServiceText.get("undo.editCanvas"),
        tx -> {
          Canvas before = tx.canvases().byId(canvas.id()).orElseThrow();
          tx.canvases().update(canvas);
          return Performed.of(
              null, undo -> undo.canvases().update(before), redo -> redo.canvases().update(canvas));
        },
        none -> changed(canvas.id()));
  }

  /** Deletes a canvas with everything on it and its frozen versions. */
  public void delete(long canvasId) {
    writes.undoable(
        ServiceText.get("undo.deleteCanvas"),
        tx -> {
          CanvasSnapshot deleted = CanvasSnapshot.take(tx, canvasId);
          deleted.delete(tx);
          return Performed.of(null, deleted::restore, deleted::delete);
        },
        none -> changed(canvasId));
  }

  public CanvasPrompt addPrompt(long canvasId, CanvasSection section, String text) {
    String trimmed = Require.text(text, ServiceText.get("field.prompt"));
    return writes.undoable(
        ServiceText.get("undo.addPrompt"),
        tx -> {
          int next =
              tx.canvases().prompts(canvasId).stream()
                      .filter(p -> p.section() == section)
                      .mapToInt(CanvasPrompt::sortOrder)
                      .max()
                      .orElse(0)
                  + 1;
          CanvasPrompt added =
              tx.canvases().insertPrompt(new CanvasPrompt(0, canvasId, section, trimmed, next));
          return Performed.of(
              added,
              undo -> undo.canvases().deletePrompt(added.id()),
              redo -> redo.canvases().insertPrompt(added));
        },
        added -> changed(canvasId));
  }

  public void renamePrompt(long promptId, String text) {
    String trimmed = Require.text(text, ServiceText.get("field.prompt"));
    writes.undoable(
        ServiceText.get("undo.editPrompt"),
        tx -> {
          CanvasPrompt before = prompt(tx, promptId);
          CanvasPrompt after = before.withText(trimmed);
          tx.canvases().updatePrompt(after);
          return Performed.of(
              before.canvasId(),
              undo -> undo.canvases().updatePrompt(before),
              redo -> redo.canvases().updatePrompt(after));
        },
        this::changed);
  }

  /** Moves a prompt one place up (-1) or down (+1) within its section. */
  public void movePrompt(long promptId, int step) {
    writes.undoable(
        ServiceText.get("undo.reorderPrompts"),
        tx -> {
          CanvasPrompt moved = prompt(tx, promptId);
          List<CanvasPrompt> before =
              tx.canvases().prompts(moved.canvasId()).stream()
                  .filter(p -> p.section() == moved.section())
                  .toList();
          List<CanvasPrompt> after = new ArrayList<>(before);
          int at = after.indexOf(moved);
          after.remove(at);
          after.add(Math.max(0, Math.min(after.size(), at + step)), moved);
          renumber(tx, after);
          return Performed.of(
              moved.canvasId(), undo -> renumber(undo, before), redo -> renumber(redo, after));
        },
        this::changed);
  }

  private static void renumber(Tx tx, List<CanvasPrompt> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      tx.canvases().updatePrompt(ordered.get(i).withSortOrder(i + 1));
    }
  }

  /** Removes a prompt with its entries and their citations. */
  public void deletePrompt(long promptId) {
    writes.undoable(
        ServiceText.get("undo.removePrompt"),
        tx -> {
          CanvasPrompt prompt = prompt(tx, promptId);
          List<CanvasEntry> entries =
              tx.canvases().entries(prompt.canvasId()).stream()
                  .filter(e -> e.promptId() == promptId)
                  .toList();
          List<CitationLink> citations =
              tx.canvases().citationsOfCanvas(prompt.canvasId()).stream()
                  .filter(c -> entries.stream().anyMatch(e -> e.id() == c.entryId()))
                  .toList();
          tx.canvases().deletePrompt(promptId);
          return Performed.of(
              prompt.canvasId(),
              undo -> {
                undo.canvases().insertPrompt(prompt);
                entries.forEach(undo.canvases()::insertEntry);
                citations.forEach(undo.canvases()::restoreCitation);
              },
              redo -> redo.canvases().deletePrompt(promptId));
        },
        this::changed);
  }

  /** Adds an answer to a prompt with what it cites, in one transaction. */
  public CanvasEntry addEntry(CanvasEntry entry, List<CitationTarget> citations) {
    AtomicLong canvasId = new AtomicLong();
    return writes.undoable(
        ServiceText.get("undo.addAnswer"),
        tx -> {
          CanvasEntry inserted = tx.canvases().insertEntry(entry);
          citations.forEach(target -> tx.canvases().cite(inserted.id(), target));
          canvasId.set(prompt(tx, entry.promptId()).canvasId());
          List<CitationLink> links =
              tx.canvases().citationsOfCanvas(canvasId.get()).stream()
                  .filter(c -> c.entryId() == inserted.id())
                  .toList();
          return Performed.of(
              inserted,
              undo -> undo.canvases().deleteEntry(inserted.id()),
              redo -> {
                redo.canvases().insertEntry(inserted);
                links.forEach(redo.canvases()::restoreCitation);
              });
        },
        inserted -> changed(canvasId.get()));
  }

  /** Changes an entry's answer or its Plan / Do fields. */
  public void updateEntry(CanvasEntry entry) {
    writes.undoable(
        ServiceText.get("undo.editAnswer"),
        tx -> {
          CanvasEntry before = entry(tx, entry.id());
          tx.canvases().updateEntry(entry);
          return Performed.of(
              canvasOf(tx, before),
              undo -> undo.canvases().updateEntry(before),
              redo -> redo.canvases().updateEntry(entry));
        },
        this::changed);
  }

  public void deleteEntry(long entryId) {
    writes.undoable(
        ServiceText.get("undo.removeAnswer"),
        tx -> {
          CanvasEntry before = entry(tx, entryId);
          List<CitationLink> links = citationLinks(tx, before);
          long canvasId = canvasOf(tx, before);
          tx.canvases().deleteEntry(entryId);
          return Performed.of(
              canvasId,
              undo -> {
                undo.canvases().insertEntry(before);
                links.forEach(undo.canvases()::restoreCitation);
              },
              redo -> redo.canvases().deleteEntry(entryId));
        },
        this::changed);
  }

  /** Cites an insight or an observation from an entry (a repeat is ignored). */
  public void cite(long entryId, CitationTarget target) {
    writes.undoable(
        ServiceText.get("undo.cite"),
        tx -> {
          boolean had = tx.canvases().citations(entryId).contains(target);
          tx.canvases().cite(entryId, target);
          return Performed.of(
              canvasOf(tx, entry(tx, entryId)),
              undo -> {
                if (!had) {
                  undo.canvases().uncite(entryId, target);
                }
              },
              redo -> redo.canvases().cite(entryId, target));
        },
        this::changed);
  }

  public void uncite(long entryId, CitationTarget target) {
    writes.undoable(
        ServiceText.get("undo.removeCitation"),
        tx -> {
          CanvasEntry entry = entry(tx, entryId);
          List<CitationLink> links =
              citationLinks(tx, entry).stream()
                  .filter(
                      c ->
                          target.kind() == CitationTarget.Kind.INSIGHT
                              ? Long.valueOf(target.id()).equals(c.insightId())
                              : Long.valueOf(target.id()).equals(c.observationId()))
                  .toList();
          tx.canvases().uncite(entryId, target);
          return Performed.of(
              canvasOf(tx, entry),
              undo -> links.forEach(undo.canvases()::restoreCitation),
              redo -> redo.canvases().uncite(entryId, target));
        },
        this::changed);
  }

  public ManifestoItem addManifestoItem(long canvasId, String text) {
    String trimmed = Require.text(text, ServiceText.get("field.commitment"));
    return writes.undoable(
        ServiceText.get("undo.addCommitment"),
        tx -> {
          int next =
              tx.canvases().manifesto(canvasId).stream()
                      .mapToInt(ManifestoItem::sortOrder)
                      .max()
                      .orElse(0)
                  + 1;
          ManifestoItem added =
              tx.canvases().insertManifestoItem(new ManifestoItem(0, canvasId, trimmed, next));
          return Performed.of(
              added,
              undo -> undo.canvases().deleteManifestoItem(added.id()),
              redo -> redo.canvases().insertManifestoItem(added));
        },
        added -> changed(canvasId));
  }

  public void updateManifestoItem(ManifestoItem item) {
    Require.text(item.text(), ServiceText.get("field.commitment"));
    writes.undoable(
        ServiceText.get("undo.editCommitment"),
        tx -> {
          ManifestoItem before =
              tx.canvases().manifesto(item.canvasId()).stream()
                  .filter(m -> m.id() == item.id())
                  .findFirst()
                  .orElseThrow();
          tx.canvases().updateManifestoItem(item);
          return Performed.of(
              null,
              undo -> undo.canvases().updateManifestoItem(before),
              redo -> redo.canvases().updateManifestoItem(item));
        },
        none -> changed(item.canvasId()));
  }

  public void deleteManifestoItem(long canvasId, long itemId) {
    writes.undoable(
        ServiceText.get("undo.removeCommitment"),
        tx -> {
          ManifestoItem before =
              tx.canvases().manifesto(canvasId).stream()
                  .filter(m -> m.id() == itemId)
                  .findFirst()
                  .orElseThrow();
          tx.canvases().deleteManifestoItem(itemId);
          return Performed.of(
              null,
              undo -> undo.canvases().insertManifestoItem(before),
              redo -> redo.canvases().deleteManifestoItem(itemId));
        },
        none -> changed(canvasId));
  }

  /** Keeps a dated, read-only copy of the canvas with the text of everything it cites. */
  public CanvasVersion freeze(long canvasId, String label) {
    return writes.undoable(
        ServiceText.get("undo.freezeVersion"),
        tx -> {
          var content = CanvasReading.content(tx, canvasId);
          String name =
              label == null || label.isBlank()
                  ? ServiceText.get("canvas.versionOf", java.time.LocalDate.now().toString())
                  : label.trim();
          CanvasVersion version =
              tx.canvasVersions()
                  .insert(
                      new CanvasVersion(
                          0,
                          canvasId,
                          name,
                          OffsetDateTime.now(),
                          content.canvas().title(),
                          content.scope() == null
                              ? ServiceText.get("canvas.allStudies")
                              : content.scope(),
                          content.owner(),
                          content.canvas().status()),
                      CanvasReading.frozen(tx, content),
                      content.manifesto().stream().map(ManifestoItem::text).toList());
          List<FrozenEntry> entries = tx.canvasVersions().entries(version.id());
          List<String> manifesto = tx.canvasVersions().manifesto(version.id());
          return Performed.of(
              version,
              undo -> undo.canvasVersions().delete(version.id()),
              redo -> redo.canvasVersions().insert(version, entries, manifesto));
        },
        version -> changed(canvasId));
  }

  public List<CanvasVersion> versions(long canvasId) {
    return writes.read(tx -> tx.canvasVersions().ofCanvas(canvasId));
  }

  public List<FrozenEntry> versionEntries(long versionId) {
    return writes.read(tx -> tx.canvasVersions().entries(versionId));
  }

  /**
   * What changed from an older version to a newer one; a null newer version means the canvas as it
   * stands now.
   */
  public List<CanvasComparison.Change> compare(
      long canvasId, long olderVersionId, Long newerVersionId) {
    return writes.read(
        tx ->
            CanvasComparison.compare(
                tx.canvasVersions().entries(olderVersionId),
                newerVersionId == null
                    ? CanvasReading.frozen(tx, CanvasReading.content(tx, canvasId))
                    : tx.canvasVersions().entries(newerVersionId)));
  }

  /** What a change to one canvas announces: that canvas, by id. */
  private List<WorkspaceEvents.Change> changed(long canvasId) {
    return List.of(new WorkspaceEvents.Change(Topic.CANVASES, Set.of(canvasId)));
  }

  private static long canvasOf(Tx tx, CanvasEntry entry) {
    return prompt(tx, entry.promptId()).canvasId();
  }

  private static CanvasPrompt prompt(Tx tx, long promptId) {
    return tx.canvases()
        .promptById(promptId)
        .orElseThrow(
            () ->
                new BadInputException(
                    ServiceText.get("field.prompt"), ServiceText.get("problem.goneFromCanvas")));
  }

  private static CanvasEntry entry(Tx tx, long entryId) {
    return tx.canvases()
        .entryById(entryId)
        .orElseThrow(
            () ->
                new BadInputException(
                    ServiceText.get("field.answer"), ServiceText.get("problem.goneFromCanvas")));
  }

  private static List<CitationLink> citationLinks(Tx tx, CanvasEntry entry) {
    return tx.canvases().citationsOfCanvas(prompt(tx, entry.promptId()).canvasId()).stream()
        .filter(c -> c.entryId() == entry.id())
        .toList();
  }
}
