package com.outsidein.domain;

import java.util.List;

/**
 * An observation as tables and exports show it: names resolved, its codes as paths, and whether its
 * speaker's consent covers quotes.
 */
public record ObservationRow(
    Observation observation,
    String study,
    String interview,
    String speaker,
    String account,
    String segment,
    String journeyStage,
    String touchpoint,
    String function,
    List<String> codePaths,
    boolean quoteAllowed) {

  public long id() {
    return observation.id();
  }

  /** A quote whose speaker has not agreed to be quoted. */
  public boolean quoteWithheld() {
    return !quoteAllowed && observation.quote() != null && !observation.quote().isBlank();
  }
}
