package com.outsidein.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry as it stood when its canvas was frozen (or as it stands now, to compare with one): all
 * text, so later edits and deletions never change a frozen copy. {@code sourceEntryId} pairs up
 * entries across versions.
 */
public record FrozenEntry(
    Long sourceEntryId,
    CanvasSection section,
    String prompt,
    int promptOrder,
    int entryOrder,
    String answer,
    String objective,
    String measure,
    String target,
    Horizon horizon,
    String cost,
    String owner,
    String cadence,
    Progress progress,
    List<FrozenCitation> citations) {

  public FrozenEntry withCitations(List<FrozenCitation> newCitations) {
    return new FrozenEntry(
        sourceEntryId,
        section,
        prompt,
        promptOrder,
        entryOrder,
        answer,
        objective,
        measure,
        target,
        horizon,
        cost,
        owner,
        cadence,
        progress,
        newCitations);
  }

  /** The Plan or Do fields in one line, for showing and comparing. */
  public String details() {
    List<String> parts = new ArrayList<>();
    add(parts, "Objective", objective);
    add(parts, "Measure", measure);
    add(parts, "Target", target);
    add(
        parts,
        "Horizon",
        horizon == null ? null : horizon == Horizon.SHORT ? "3–6 months" : "3–5 years");
    add(parts, "Cost", cost);
    add(parts, "Cadence", cadence);
    add(parts, "Owner", owner);
    add(
        parts,
        "Status",
        progress == null
            ? null
            : progress.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
    return String.join("; ", parts);
  }

  public List<String> citationTexts() {
    return citations.stream().map(FrozenCitation::text).toList();
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + ": " + value);
    }
  }
}
