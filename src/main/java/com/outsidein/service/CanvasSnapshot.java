package com.outsidein.service;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationLink;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.store.Tx;
import java.util.List;

/**
 * A whole canvas with its prompts, entries, citations, manifesto and frozen versions: deleting it
 * can be undone.
 */
record CanvasSnapshot(
    Canvas canvas,
    List<CanvasPrompt> prompts,
    List<CanvasEntry> entries,
    List<CitationLink> citations,
    List<ManifestoItem> manifesto,
    List<Frozen> versions) {

  record Frozen(CanvasVersion version, List<FrozenEntry> entries, List<String> manifesto) {}

  static CanvasSnapshot take(Tx tx, long canvasId) {
    return new CanvasSnapshot(
        tx.canvases().byId(canvasId).orElseThrow(),
        tx.canvases().prompts(canvasId),
        tx.canvases().entries(canvasId),
        tx.canvases().citationsOfCanvas(canvasId),
        tx.canvases().manifesto(canvasId),
        tx.canvasVersions().ofCanvas(canvasId).stream()
            .map(
                v ->
                    new Frozen(
                        v,
                        tx.canvasVersions().entries(v.id()),
                        tx.canvasVersions().manifesto(v.id())))
            .toList());
  }

  void restore(Tx tx) {
    tx.canvases().insert(canvas);
    prompts.forEach(tx.canvases()::insertPrompt);
    entries.forEach(tx.canvases()::insertEntry);
    citations.forEach(tx.canvases()::restoreCitation);
    manifesto.forEach(tx.canvases()::insertManifestoItem);
    versions.forEach(v -> tx.canvasVersions().insert(v.version(), v.entries(), v.manifesto()));
  }

  void delete(Tx tx) {
    tx.canvases().delete(canvas.id());
  }
}
