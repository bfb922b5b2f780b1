package com.outsidein.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which routine backups to keep: the last three, and the newest of each of the last seven days. */
final class BackupRetention {

  static final int LAST = 3;
  static final int DAYS = 7;

  private BackupRetention() {}

  static Set<LocalDateTime> keep(List<LocalDateTime> taken, LocalDate today) {
    List<LocalDateTime> newestFirst = taken.stream().sorted(Comparator.reverseOrder()).toList();
    Set<LocalDateTime> kept =
        new LinkedHashSet<>(newestFirst.subList(0, Math.min(LAST, newestFirst.size())));
    Set<LocalDate> daysCovered = new HashSet<>();
    LocalDate oldestDay = today.minusDays(DAYS - 1L);
    for (LocalDateTime time : newestFirst) {
      LocalDate day = time.toLocalDate();
      if (!day.isBefore(oldestDay) && daysCovered.add(day)) {
        kept.add(time);
      }
    }
    return kept;
  }
}
