package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Consent;
import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.ReportInsight;
import com.outsidein.domain.ReportInterview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interviews and People name people, say consent in words and count what each is behind. */
class PeopleAndInterviewsSheetsTest {

  @TempDir static Path folder;
  private static SampleReport report;
  private static List<ObservationRow> observations;
  private static List<ReportInsight> insights;

  @BeforeAll
  static void write() throws Exception {
    report = SampleReport.write(folder);
    observations = report.session.observations().rows(ObservationFilter.ALL, 0, 100_000);
    insights = report.session.reports().insights(null);
  }

  @AfterAll
  static void close() throws Exception {
    report.close();
  }

  /** How many insights each key of an observation (speaker, interview) is behind. */
  private static Map<Object, Integer> insightsBehind(Function<ObservationRow, Object> key) {
    Map<Long, ObservationRow> byId =
        observations.stream().collect(Collectors.toMap(r -> r.observation().id(), r -> r));
    Map<Object, Integer> counts = new HashMap<>();
    for (ReportInsight insight : insights) {
      Set<Object> behind = new HashSet<>();
      for (EvidenceItem item : insight.evidence()) {
        Object value = key.apply(byId.get(item.observationId()));
        if (value != null) {
          behind.add(value);
        }
      }
      behind.forEach(v -> counts.merge(v, 1, Integer::sum));
    }
    return counts;
  }

  @Test
  void interviewsNameTheirParticipantsAndCountTheirObservationsAndInsights() {
    Sheet sheet = report.sheet(ReportSheets.INTERVIEWS);
    Set<String> names =
        report.session.people().people().stream().map(Person::name).collect(Collectors.toSet());
    Map<Long, String> titles =
        report.session.reports().interviews(null).stream()
            .collect(Collectors.toMap(ReportInterview::id, ReportInterview::title));
    Map<Object, Integer> expected = insightsBehind(r -> titles.get(r.observation().interviewId()));
    assertThat(expected.values()).anyMatch(n -> n > 1);
    int rows = 0;
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      String title = SampleReport.cell(row, sheet, "Interview").getStringCellValue();
      String participants = SampleReport.cell(row, sheet, "Participants").getStringCellValue();
      assertThat(participants.split(", ")).as(title).isNotEmpty().allMatch(names::contains);
      long held = observations.stream().filter(r -> title.equals(r.interview())).count();
      assertThat(SampleReport.cell(row, sheet, "Observations").getNumericCellValue())
          .as(title)
          .isEqualTo((double) held);
      assertThat(SampleReport.cell(row, sheet, "Insights").getNumericCellValue())
          .as(title)
          .isEqualTo((double) expected.getOrDefault(title, 0));
      rows++;
    }
    assertThat(rows).isEqualTo(titles.size());
  }

  @Test
  void peopleShowConsentInWordsAndCountTheirObservationsAndInsights() {
    Sheet sheet = report.sheet(ReportSheets.PEOPLE);
    Map<Object, Integer> expected = insightsBehind(ObservationRow::speaker);
    assertThat(expected.values()).anyMatch(n -> n > 1);
    Map<String, Person> people =
        report.session.people().people().stream()
            .collect(Collectors.toMap(Person::name, p -> p, (a, b) -> a));
    int withheld = 0;
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      String name = SampleReport.cell(row, sheet, "Name").getStringCellValue();
      String consent = SampleReport.cell(row, sheet, "Consent").getStringCellValue();
      String quotes = SampleReport.cell(row, sheet, "Quotes in this report").getStringCellValue();
      Consent given = people.get(name).consent();
      assertThat(consent)
          .as(name)
          .matches("Not given|Withdrawn \\d{4}-\\d\\d-\\d\\d|[A-Z][a-z].*")
          .doesNotContainIgnoringCase("true")
          .doesNotContainIgnoringCase("false");
      if (given.givenOn() != null && !given.isWithdrawn()) {
        assertThat(consent).as(name).endsWith("(given " + given.givenOn() + ")");
      }
      assertThat(consent.toLowerCase().contains("quotes") && !given.isWithdrawn())
          .as(name)
          .isEqualTo(given.quotes() && !given.isWithdrawn());
      assertThat(quotes).isEqualTo(given.allowsQuotes() ? "Shown" : "Withheld");
      withheld += given.allowsQuotes() ? 0 : 1;
      long spoken = observations.stream().filter(r -> name.equals(r.speaker())).count();
      assertThat(SampleReport.cell(row, sheet, "Observations").getNumericCellValue())
          .as(name)
          .isEqualTo((double) spoken);
      assertThat(SampleReport.cell(row, sheet, "Insights").getNumericCellValue())
          .as(name)
          .isEqualTo((double) expected.getOrDefault(name, 0));
    }
    assertThat(withheld).as("the sample has a person who does not allow quotes").isPositive();
  }

  @Test
  void consentReadsAsASentence() {
    LocalDate jan = LocalDate.of(2026, 1, 5);
    assertThat(PeopleSheet.words(Consent.NONE)).isEqualTo("Not given");
    assertThat(PeopleSheet.words(new Consent(jan, true, true, true, null)))
        .isEqualTo("Notes, quotes and recording (given 2026-01-05)");
    assertThat(PeopleSheet.words(new Consent(jan, true, false, false, null)))
        .isEqualTo("Notes (given 2026-01-05)");
    assertThat(PeopleSheet.words(new Consent(null, true, false, true, null)))
        .isEqualTo("Notes and recording");
    assertThat(PeopleSheet.words(new Consent(jan, false, false, false, null)))
        .isEqualTo("Nothing (given 2026-01-05)");
    assertThat(PeopleSheet.words(new Consent(jan, true, true, false, jan.plusDays(1))))
        .isEqualTo("Withdrawn 2026-01-06");
    LocalDate later = LocalDate.now().plusYears(1);
    assertThat(PeopleSheet.words(new Consent(jan, true, true, false, later)))
        .isEqualTo("Notes and quotes until " + later + " (given 2026-01-05)");
  }
}
