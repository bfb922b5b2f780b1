package com.outsidein.domain;

/** What a canvas entry cites: an insight or an observation. */
public record CitationTarget(Kind kind, long id) {

  public enum Kind {
    INSIGHT,
    OBSERVATION
  }

  public static CitationTarget insight(long id) {
    return new CitationTarget(Kind.INSIGHT, id);
  }

  public static CitationTarget observation(long id) {
    return new CitationTarget(Kind.OBSERVATION, id);
  }
}
