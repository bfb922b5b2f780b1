package com.outsidein.domain;

/** A stretch of characters in a text: start inclusive, end exclusive. */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Not a span: " + start + ".." + end);
    }
  }
}
