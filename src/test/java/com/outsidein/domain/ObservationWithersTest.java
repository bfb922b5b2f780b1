package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObservationWithersTest {

  private final Observation seen =
      new Observation(
          7,
          1,
          2L,
          3L,
          "Re-keys every job",
          "We type it all twice.",
          ObservationKind.DOES,
          4L,
          5L,
          6L,
          -1,
          new Highlight(InterviewField.NOTES, 0, 5),
          8L);

  @Test
  void withTextChangesTheTextAlone() {
    assertThat(seen.withText("Types it twice"))
        .usingRecursiveComparison()
        .ignoringFields("text")
        .isEqualTo(seen);
    assertThat(seen.withText("Types it twice").text()).isEqualTo("Types it twice");
  }

  @Test
  void withJourneyStageIdChangesTheStageAlone() {
    assertThat(seen.withJourneyStageId(null))
        .usingRecursiveComparison()
        .ignoringFields("journeyStageId")
        .isEqualTo(seen);
    assertThat(seen.withJourneyStageId(null).journeyStageId()).isNull();
  }

  @Test
  void withSentimentChangesTheSentimentAlone() {
    assertThat(seen.withSentiment(2))
        .usingRecursiveComparison()
        .ignoringFields("sentiment")
        .isEqualTo(seen);
    assertThat(seen.withSentiment(2).sentiment()).isEqualTo(2);
  }
}
