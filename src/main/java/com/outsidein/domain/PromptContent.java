package com.outsidein.domain;

import java.util.List;

/** A prompt of a canvas with its entries in order. */
public record PromptContent(CanvasPrompt prompt, List<EntryContent> entries) {

  /** A prompt counts as answered when one of its entries has words in it. */
  public boolean answered() {
    return entries.stream()
        .anyMatch(e -> e.entry().answer() != null && !e.entry().answer().isBlank());
  }
}
