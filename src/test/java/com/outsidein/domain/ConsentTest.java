package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentTest {

  private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

  @Test
  void stricterOfAllowsOnlyWhatBothAllow() {
    Consent generous = new Consent(MARCH, true, true, true, null);
    Consent careful = new Consent(JUNE, true, false, true, null);

    Consent merged = generous.stricterOf(careful);

    assertThat(merged).isEqualTo(new Consent(JUNE, true, false, true, null));
  }

  @Test
  void stricterOfKeepsTheEarliestWithdrawal() {
    Consent withdrawnInJune = new Consent(MARCH, true, true, true, JUNE);
    Consent withdrawnInMarch = new Consent(MARCH, true, true, true, MARCH);

    assertThat(withdrawnInJune.stricterOf(withdrawnInMarch).withdrawnOn()).isEqualTo(MARCH);
    assertThat(withdrawnInJune.stricterOf(Consent.NONE).withdrawnOn()).isEqualTo(JUNE);
  }

  @Test
  void withdrawnConsentAllowsNoQuotes() {
    Consent withdrawn = new Consent(MARCH, true, true, true, JUNE);

    assertThat(withdrawn.allowsQuotes()).isFalse();
  }

  @Test
  void aWithdrawalInTheFutureHasNotHappenedYet() {
    Consent later = new Consent(MARCH, true, true, false, LocalDate.now().plusDays(10));

    assertThat(later.isWithdrawn()).isFalse();
    assertThat(later.allowsQuotes()).isTrue();
  }
}
