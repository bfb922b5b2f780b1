package com.outsidein.ui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.SayDoRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapMarkTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          # says-they-do mean, rated, does mean, rated, mark
          0.5, 2, -1.5, 2, LARGE_GAP
          1.0, 2,  0.0, 2, GAP
          -1.0, 3, 0.5, 2, GAP
          0.5, 2,  0.0, 2, NONE
          2.0, 1, -2.0, 5, NONE
          """)
  void aLargerGapIsMarkedMoreStrongly(
      double saysTheyDo, int saysRated, double does, int doesRated, GapMark expected) {
    SayDoRow row =
        new SayDoRow(1, "Code", 0, doesRated, saysRated, saysRated, doesRated, saysTheyDo, does);

    assertThat(GapMark.of(row)).isEqualTo(expected);
  }
}
