package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SayDoRowTest {

  @ParameterizedTest(name = "says-they-do {0} rated, mean {1}; does {2} rated, mean {3} -> {4}")
  @CsvSource(
      textBlock =
          """
          2,  1.0,  2, -0.5, true
          2, -1.0,  2,  0.0, true
          2,  0.5,  2,  0.0, false
          1,  2.0,  5, -2.0, false
          5,  2.0,  1, -2.0, false
          3,  1.0,  3,  0.0, true
          """)
  void flagsAGapOfAtLeastOneWhenBothGroupsHaveTwoRated(
      int saysTheyDoRated, double meanSaysTheyDo, int doesRated, double meanDoes, boolean flagged) {
    SayDoRow row =
        new SayDoRow(
            1,
            "Code",
            0,
            doesRated,
            saysTheyDoRated,
            saysTheyDoRated,
            doesRated,
            meanSaysTheyDo,
            meanDoes);

    assertThat(row.flagged()).isEqualTo(flagged);
    assertThat(row.gap()).isEqualTo(meanSaysTheyDo - meanDoes);
  }

  @org.junit.jupiter.api.Test
  void hasNoGapWithoutBothMeans() {
    SayDoRow row = new SayDoRow(1, "Code", 3, 0, 2, 2, 0, 1.0, null);

    assertThat(row.gap()).isNull();
    assertThat(row.flagged()).isFalse();
  }
}
