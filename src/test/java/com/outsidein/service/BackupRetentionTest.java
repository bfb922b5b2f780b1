package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void keepsTheLastThreeAndTheNewestOfEachOfTheLastSevenDays() {
    List<LocalDateTime> taken = new ArrayList<>();
    for (int day = 0; day < 12; day++) {
      for (int hour : new int[] {9, 13, 17}) {
        taken.add(TODAY.minusDays(day).atTime(hour, 0));
      }
    }

    var kept = BackupRetention.keep(taken, TODAY);

    assertThat(kept).contains(TODAY.atTime(17, 0), TODAY.atTime(13, 0), TODAY.atTime(9, 0));
    for (int day = 1; day < 7; day++) {
      assertThat(kept).contains(TODAY.minusDays(day).atTime(17, 0));
      assertThat(kept).doesNotContain(TODAY.minusDays(day).atTime(9, 0));
    }
    assertThat(kept).noneMatch(t -> t.toLocalDate().isBefore(TODAY.minusDays(6)));
    assertThat(kept).hasSize(3 + 6);
  }

  @Test
  void keepsOldBackupsWhenTheyAreTheLastThree() {
    List<LocalDateTime> taken =
        List.of(TODAY.minusDays(40).atTime(9, 0), TODAY.minusDays(30).atTime(9, 0));

    assertThat(BackupRetention.keep(taken, TODAY)).containsExactlyInAnyOrderElementsOf(taken);
  }
}
