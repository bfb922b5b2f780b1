package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricBandsTest {

  private static final MetricBands NPS =
      MetricBands.fixed(List.of(BigDecimal.ZERO, BigDecimal.valueOf(30), BigDecimal.valueOf(50)));

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          -100, 0
          -1,   0
          0,    1
          29.9, 1
          30,   2
          50,   3
          100,  3
          """)
  void aFixedBandHoldsItsLowerThresholdAndNotItsUpper(String value, int band) {
    assertThat(MetricBands.bandOf(new BigDecimal(value), NPS.boundaries(List.of())))
        .isEqualTo(band);
  }

  @Test
  void quartilesAreComputedFromTheValuesHeld() {
    List<BigDecimal> values = IntStream.rangeClosed(1, 8).mapToObj(BigDecimal::valueOf).toList();
    List<BigDecimal> boundaries = MetricBands.quartiles().boundaries(values);
    assertThat(boundaries)
        .containsExactly(BigDecimal.valueOf(2), BigDecimal.valueOf(4), BigDecimal.valueOf(6));
    assertThat(MetricBands.bandOf(BigDecimal.ONE, boundaries)).isZero();
    assertThat(MetricBands.bandOf(BigDecimal.valueOf(8), boundaries)).isEqualTo(3);
  }

  @Test
  void quartilesOfNoValuesAreNoBoundaries() {
    assertThat(MetricBands.quartiles().boundaries(List.of())).isEmpty();
    assertThat(MetricBands.NONE.boundaries(List.of(BigDecimal.ONE))).isEmpty();
  }

  @Test
  void thresholdsThatDoNotRiseAreRefused() {
    assertThatThrownBy(() -> MetricBands.fixed(List.of(BigDecimal.TEN, BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
