package com.outsidein.exchange.report;

import com.outsidein.domain.Consent;
import com.outsidein.domain.PersonSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * The people in the report by name: their consent in words, whether their quotes are shown, and how
 * many interviews, observations and insights of the report they are behind.
 */
final class PeopleSheet {

  private PeopleSheet() {}

  static void write(SheetWriter out, List<PersonSummary> people, Map<Long, Integer> insights) {
    int header =
        out.header(
            List.of(
                ReportText.get("people.name"),
                ReportText.get("people.role"),
                ReportText.get("people.account"),
                ReportText.get("people.segment"),
                ReportText.get("people.email"),
                ReportText.get("people.consent"),
                ReportText.get("people.inReport"),
                ReportText.get("people.interviews"),
                ReportText.get("people.observations"),
                ReportText.get("people.insights")),
            7,
            8,
            9);
    out.maxWidth(0, 18);
    out.maxWidth(1, 16);
    out.maxWidth(2, 18);
    out.maxWidth(3, 14);
    out.maxWidth(4, 22);
    out.maxWidth(5, 28);
    Styles styles = out.styles();
    for (PersonSummary p : people) {
      Consent consent = p.person().consent() == null ? Consent.NONE : p.person().consent();
      Row row = out.row();
      out.text(row, 0, p.person().name(), styles.bold);
      out.text(row, 1, p.person().role());
      out.text(row, 2, p.account());
      out.text(row, 3, p.segment());
      out.text(row, 4, p.person().email());
      out.text(row, 5, words(consent));
      if (consent.allowsQuotes()) {
        out.text(row, 6, ReportText.get("people.shown"));
      } else {
        out.text(row, 6, ReportText.get("people.withheld"), styles.flag);
      }
      out.number(row, 7, p.interviews());
      out.number(row, 8, p.observations());
      out.number(row, 9, insights.getOrDefault(p.person().id(), 0));
    }
    out.table(header, 9);
    out.finish();
  }

  /**
   * A person's consent as a sentence: "Notes, quotes and recording (given 2026-01-05)", "Withdrawn
   * 2026-02-01", "Not given".
   */
  static String words(Consent consent) {
    if (consent.isWithdrawn()) {
      return ReportText.get("consent.withdrawn", consent.withdrawnOn().toString());
    }
    List<String> allowed = new ArrayList<>();
    if (consent.notes()) {
      allowed.add(ReportText.get("consent.notes"));
    }
    if (consent.quotes()) {
      allowed.add(ReportText.get("consent.quotes"));
    }
    if (consent.recording()) {
      allowed.add(ReportText.get("consent.recording"));
    }
    if (allowed.isEmpty() && consent.givenOn() == null) {
      return ReportText.get("consent.none");
    }
    String scope;
    if (allowed.isEmpty()) {
      scope = ReportText.get("consent.nothing");
    } else if (allowed.size() == 1) {
      scope = allowed.get(0);
    } else {
      scope =
          ReportText.get(
              "consent.list",
              String.join(", ", allowed.subList(0, allowed.size() - 1)),
              allowed.get(allowed.size() - 1));
    }
    scope = Character.toUpperCase(scope.charAt(0)) + scope.substring(1);
    if (consent.withdrawnOn() != null) {
      scope = ReportText.get("consent.until", scope, consent.withdrawnOn().toString());
    }
    return consent.givenOn() == null
        ? scope
        : ReportText.get("consent.given", scope, consent.givenOn().toString());
  }
}
