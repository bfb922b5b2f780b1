package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccountTest {

  private final Account account =
      new Account(7, "Acme", 1L, 2L, 3L, 4L, "EMEA", "Retail", new BigDecimal("1200"));

  @Test
  void changingOneListValueKeepsTheOthers() {
    assertThat(account.withValueOf(Dimension.LANE, 20L))
        .isEqualTo(
            new Account(7, "Acme", 1L, 20L, 3L, 4L, "EMEA", "Retail", account.annualValue()));
    assertThat(account.withValueOf(Dimension.SEGMENT, null).segmentId()).isNull();
    assertThat(account.withValueOf(Dimension.TOUCH_MODEL, 30L).touchModelId()).isEqualTo(30L);
    assertThat(account.withValueOf(Dimension.LIFECYCLE_STAGE, 40L).lifecycleStageId())
        .isEqualTo(40L);
  }

  @Test
  void eachWitherChangesOnlyItsField() {
    Account changed =
        account
            .withName("Acme Ltd")
            .withRegion("APAC")
            .withVertical("Health")
            .withAnnualValue(null);
    assertThat(changed)
        .isEqualTo(new Account(7, "Acme Ltd", 1L, 2L, 3L, 4L, "APAC", "Health", null));
  }
}
