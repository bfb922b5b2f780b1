package com.outsidein.domain;

import java.util.List;

/**
 * Everything a canvas shows: its prompts by section with their entries and citations, and its
 * manifesto.
 */
public record CanvasContent(
    Canvas canvas,
    String scope,
    String owner,
    List<PromptContent> prompts,
    List<ManifestoItem> manifesto) {

  public List<PromptContent> section(CanvasSection section) {
    return prompts.stream().filter(p -> p.prompt().section() == section).toList();
  }

  public int promptsAnswered() {
    return (int) prompts.stream().filter(PromptContent::answered).count();
  }

  public int entries() {
    return prompts.stream().mapToInt(p -> p.entries().size()).sum();
  }

  public int entriesSupported() {
    return (int)
        prompts.stream().flatMap(p -> p.entries().stream()).filter(EntryContent::supported).count();
  }
}
