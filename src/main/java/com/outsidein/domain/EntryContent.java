package com.outsidein.domain;

import java.util.List;

/**
 * A canvas entry with its owner's name and what it cites; it is unsupported when it cites nothing.
 */
public record EntryContent(CanvasEntry entry, String owner, List<CitedItem> citations) {

  public boolean supported() {
    return !citations.isEmpty();
  }
}
