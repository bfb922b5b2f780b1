package com.outsidein.domain;

import java.util.List;
import java.util.Objects;

/**
 * How much a report covers: interviews and observations of its studies, the people in them and
 * their accounts, the codes used, the insights and canvases, and how many quotes it withholds.
 */
public record ReportCounts(
    int interviews,
    int observations,
    int people,
    int accounts,
    int codesUsed,
    int insights,
    int canvases,
    int withheldQuotes) {

  /** The counts of what a report's sheets list. */
  public static ReportCounts of(
      int interviews,
      int observations,
      List<PersonSummary> people,
      List<ReportCode> codes,
      int insights,
      int canvases,
      int withheldQuotes) {
    int codesUsed = (int) codes.stream().filter(code -> code.observations() > 0).count();
    return new ReportCounts(
        interviews,
        observations,
        people.size(),
        accountsOf(people),
        codesUsed,
        insights,
        canvases,
        withheldQuotes);
  }

  /** How many different accounts the people belong to. */
  public static int accountsOf(List<PersonSummary> people) {
    return (int)
        people.stream()
            .map(p -> p.person().accountId())
            .filter(Objects::nonNull)
            .distinct()
            .count();
  }
}
