package com.outsidein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Import problems read as the English they replaced: places ungrouped, counts grouped. */
class ExchangeTextTest {

  @Test
  void aPlaceInAFileNamesItsRowWithoutGrouping() {
    assertThat(ExchangeText.get("where.cell", "big.csv", 12345, "kind"))
        .isEqualTo("big.csv, row 12345, column kind");
    assertThat(ExchangeText.get("where.line", "call.srt", 1000)).isEqualTo("call.srt, line 1000");
  }

  @Test
  void aCountInASentenceIsGroupedAsBefore() {
    assertThat(ExchangeText.get("list.andMore", "\"a\", \"b\"", 4998))
        .isEqualTo("\"a\", \"b\" and 4,998 more");
  }

  @Test
  void anApostropheInThePatternSurvivesFormatting() {
    assertThat(ExchangeText.get("problem.notCueTimes", "x", "00:01:02.000 --> 00:01:05.500"))
        .isEqualTo("\"x\" is not a cue's times; write them as 00:01:02.000 --> 00:01:05.500");
  }
}
