package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "anna@example.com | true",
        "'  anna@example.com  ' | true",
        "a@b | true",
        "a@b@c | false",
        "@example.com | false",
        "anna@ | false",
        "anna example@x.org | false",
        "anna | false",
        "'' | false"
      })
  void anAddressHasOneAtWithTextOnBothSidesAndNoSpaces(String text, boolean valid) {
    assertThat(EmailAddress.isValid(text)).isEqualTo(valid);
  }
}
