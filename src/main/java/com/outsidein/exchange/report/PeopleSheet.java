package com.outsidein.exchange.report;

import com.outsidein.domain.Consent;
import com.outsidein.domain.PersonSummary;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/** The people in the report with their consent and whether their quotes are shown. */
final class PeopleSheet {

  private PeopleSheet() {}

  static void write(SheetWriter out, List<PersonSummary> people) {
    int header =
        out.header(
            List.of(
                ReportText.get("people.name"),
                ReportText.get("people.role"),
                ReportText.get("people.account"),
                ReportText.get("people.segment"),
                ReportText.get("people.email"),
                ReportText.get("people.givenOn"),
                ReportText.get("people.notes"),
                ReportText.get("people.quotes"),
                ReportText.get("people.recording"),
                ReportText.get("people.withdrawnOn"),
                ReportText.get("people.inReport"),
                ReportText.get("people.interviews"),
                ReportText.get("people.observations")),
            5,
            9,
            11,
            12);
    Styles styles = out.styles();
    for (PersonSummary p : people) {
      Consent consent = p.person().consent() == null ? Consent.NONE : p.person().consent();
      Row row = out.row();
      out.text(row, 0, p.person().name(), styles.bold);
      out.text(row, 1, p.person().role());
      out.text(row, 2, p.account());
      out.text(row, 3, p.segment());
      out.text(row, 4, p.person().email());
      out.date(row, 5, consent.givenOn());
      out.text(row, 6, ReportText.yesNo(consent.notes()));
      out.text(row, 7, ReportText.yesNo(consent.quotes()));
      out.text(row, 8, ReportText.yesNo(consent.recording()));
      out.date(row, 9, consent.withdrawnOn());
      if (consent.allowsQuotes()) {
        out.text(row, 10, ReportText.get("people.shown"));
      } else {
        out.text(row, 10, ReportText.get("people.withheld"), styles.flag);
      }
      out.number(row, 11, p.interviews());
      out.number(row, 12, p.observations());
    }
    out.table(header, 12);
    out.finish();
  }
}
