package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationKindTest {

  @ParameterizedTest
  @CsvSource({
    "says, SAYS",
    "DOES, DOES",
    "says-they-do, SAYS_THEY_DO",
    "Says_They_Do, SAYS_THEY_DO",
    "note, NOTE",
    "'', NOTE",
    "'  ', NOTE"
  })
  void readsTheImportSpellingIgnoringCase(String value, ObservationKind expected) {
    assertThat(ObservationKind.fromCode(value)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"said", "do", "says they do"})
  void rejectsAnythingElse(String value) {
    assertThat(ObservationKind.fromCode(value)).isEmpty();
  }
}
