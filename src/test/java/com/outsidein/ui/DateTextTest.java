package com.outsidein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTextTest {

  private final DateText us = new DateText(Locale.US);

  @Test
  void readsTheLocaleShortFormWithAFullOrTwoDigitYearAndIso() {
    assertThat(us.parse("3/5/2026")).contains(LocalDate.of(2026, 3, 5));
    assertThat(us.parse(" 3/5/26 ")).contains(LocalDate.of(2026, 3, 5));
    assertThat(us.parse("2026-03-05")).contains(LocalDate.of(2026, 3, 5));
  }

  @Test
  void refusesADayTheMonthDoesNotHaveRatherThanMovingIt() {
    assertThat(us.parse("2/30/2026")).isEmpty();
    assertThat(us.parse("13/45/2026")).isEmpty();
    assertThat(us.parse("2026-02-30")).isEmpty();
    assertThat(us.parse("2/29/2028")).contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void refusesWhatIsNoDateAndTakesEmptyTextAsNoDate() {
    assertThat(us.parse("soon")).isEmpty();
    assertThat(us.parse("")).isEmpty();
  }

  @Test
  void showsTheYearInFullInTheLocaleOrder() {
    assertThat(us.format(LocalDate.of(2026, 3, 5))).isEqualTo("3/5/2026");
    assertThat(new DateText(Locale.GERMANY).format(LocalDate.of(2026, 3, 5)))
        .isEqualTo("05.03.2026");
    assertThat(new DateText(Locale.GERMANY).parse("30.02.2026")).isEmpty();
  }
}
