package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The service's texts read as the English they replaced: counts ungrouped, arguments as given. */
class ServiceTextTest {

  @Test
  void countsAndLimitsAreWrittenWithoutGrouping() {
    assertThat(ServiceText.get("undo.deleteObservations.many", 1234))
        .isEqualTo("Delete 1234 observations");
    assertThat(ServiceText.get("problem.tooLong", InterviewService.MAX_TEXT))
        .isEqualTo("is longer than 1000000 characters");
  }

  @Test
  void argumentsWithQuotesAndBracesAreKeptAsTyped() {
    assertThat(ServiceText.get("problem.codeExists", "It's {odd}"))
        .isEqualTo("a code called \"It's {odd}\" exists there already");
    assertThat(ServiceText.get("canvas.quoted", "don't")).isEqualTo("\u201cdon't\u201d");
  }

  @Test
  void anUnknownKeyShowsItselfRatherThanFailing() {
    assertThat(ServiceText.get("no.such.key")).isEqualTo("no.such.key");
  }
}
