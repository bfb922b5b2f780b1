package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanvasOwnerTest {

  @Test
  void aCanvasChangesOwnerAndNothingElse() {
    Canvas canvas = new Canvas(7, "Plan 2027", 3L, 11L, CanvasStatus.ACTIVE);

    assertThat(canvas.withOwner(12L))
        .isEqualTo(new Canvas(7, "Plan 2027", 3L, 12L, CanvasStatus.ACTIVE));
    assertThat(canvas.withOwner(null).ownerId()).isNull();
  }

  @Test
  void anEntryChangesOwnerAndNothingElse() {
    CanvasEntry entry =
        new CanvasEntry(
            5,
            9,
            "Cut setup time",
            2,
            "Faster setup",
            "Days to first job",
            "5 days",
            Horizon.SHORT,
            "2 FTE",
            11L,
            "Weekly",
            Progress.IN_PROGRESS);

    assertThat(entry.withOwner(12L))
        .isEqualTo(
            new CanvasEntry(
                5,
                9,
                "Cut setup time",
                2,
                "Faster setup",
                "Days to first job",
                "5 days",
                Horizon.SHORT,
                "2 FTE",
                12L,
                "Weekly",
                Progress.IN_PROGRESS));
  }
}
