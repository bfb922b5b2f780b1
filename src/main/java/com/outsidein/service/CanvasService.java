package com.outsidein.service;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CanvasTemplate;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.service.WorkspaceEvents.Topic;
import java.util.List;

/** Think / Plan / Do canvases, their entries and what those entries cite. */
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

  /** Creates a canvas that starts with the 21 Think / Plan / Do prompts, in order. */
  public Canvas create(Canvas canvas) {
    Require.text(canvas.title(), "Title");
    Canvas created =
        writes.change(
            Topic.CANVASES,
            tx -> {
              Canvas inserted = tx.canvases().insert(canvas);
              for (CanvasSection section : CanvasSection.values()) {
                List<String> prompts = CanvasTemplate.PROMPTS.get(section);
                for (int i = 0; i < prompts.size(); i++) {
                  tx.canvases()
                      .insertPrompt(
                          new CanvasPrompt(0, inserted.id(), section, prompts.get(i), i + 1));
                }
              }
              return inserted;
            });
    return created;
  }

  /** Adds an answer to a prompt with what it cites, in one transaction. */
  public CanvasEntry addEntry(CanvasEntry entry, List<CitationTarget> citations) {
    CanvasEntry created =
        writes.change(
            Topic.CANVASES,
            tx -> {
              CanvasEntry inserted = tx.canvases().insertEntry(entry);
              citations.forEach(target -> tx.canvases().cite(inserted.id(), target));
              return inserted;
            });
    return created;
  }

  public ManifestoItem addManifestoItem(long canvasId, String text) {
    String trimmed = Require.text(text, "Commitment");
    ManifestoItem item =
        writes.change(
            Topic.CANVASES,
            tx -> {
              int next = tx.canvases().manifesto(canvasId).size() + 1;
              return tx.canvases()
                  .insertManifestoItem(new ManifestoItem(0, canvasId, trimmed, next));
            });
    return item;
  }
}
