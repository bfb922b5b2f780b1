package com.outsidein.domain;

import java.util.List;

/**
 * A canvas as a report lays it out: every prompt in section order with its entries (a prompt with
 * no entry appears once, entry null), what each entry cites, the manifesto, and its frozen versions
 * newest first. Scope is the study's title, or null for a canvas over every study.
 */
public record ReportCanvas(
    Canvas canvas,
    String scope,
    String owner,
    List<Entry> entries,
    List<ManifestoItem> manifesto,
    List<FrozenVersion> versions) {

  public ReportCanvas {
    entries = List.copyOf(entries);
    manifesto = List.copyOf(manifesto);
    versions = List.copyOf(versions);
  }

  /** A frozen version with its entries, their cited texts as they may leave the app. */
  public record FrozenVersion(CanvasVersion version, List<FrozenEntry> entries) {

    public FrozenVersion {
      entries = List.copyOf(entries);
    }
  }

  /** A prompt and one of its answers (null when unanswered), with the entry owner's name. */
  public record Entry(
      CanvasPrompt prompt, CanvasEntry entry, String owner, List<Citation> citations) {

    public Entry {
      citations = List.copyOf(citations);
    }
  }

  /** What an entry cites: an insight (with its title) or an observation (with its evidence). */
  public record Citation(CitationTarget target, String insightTitle, EvidenceItem observation) {}
}
