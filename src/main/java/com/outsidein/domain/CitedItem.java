package com.outsidein.domain;

/**
 * What a canvas entry cites, as the canvas shows it: the target and the words that stand for it.
 * {@code quoteWithheld} marks a cited observation whose speaker has not agreed to be quoted: the
 * app shows its words with a mark, and exports withhold them.
 */
public record CitedItem(CitationTarget target, String label, String detail, boolean quoteWithheld) {

  public CitedItem(CitationTarget target, String label, String detail) {
    this(target, label, detail, false);
  }
}
