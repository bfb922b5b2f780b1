package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.TestThreads;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Quotes;
import com.outsidein.domain.ReportCounts;
import com.outsidein.domain.Study;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own Excel export imports back into an empty workspace with the same things in it. */
class ExportRoundTripTest {

  @TempDir Path folder;

  @Test
  void anExportedStudyImportsBackWithTheSameObservationsInterviewsPeopleAccountsAndCodes()
      throws Exception {
    Path report = folder.resolve("report.xlsx");
    ReportCounts original;
    Set<String> originalCodes;
    String title;
    try (WorkspaceSession sample = SampleWorkspace.build(folder.resolve("sample"))) {
      Study study =
          sample.studies().all().stream()
              .filter(s -> sample.reports().counts(s.id()).withheldQuotes() > 0)
              .findFirst()
              .orElseThrow();
      title = study.title();
      original = sample.reports().counts(study.id());
      originalCodes = codePaths(sample, study.id());
      new ReportWriter(sample, TestThreads.HELPERS).write(study.id(), report);
    }
    assertThat(original.withheldQuotes()).as("the sample withholds some quotes").isPositive();

    try (WorkspaceSession empty = WorkspaceSession.create(folder.resolve("empty"))) {
      ImportSummary summary =
          new ObservationImporter(empty)
              .importObservations(report, title, false, ImportProgress.NONE);
      long studyId = empty.studies().findByTitle(title).orElseThrow().id();
      ReportCounts imported = empty.reports().counts(studyId);
      List<ObservationRow> rows = rows(empty, studyId);

      assertThat(summary.rows()).isEqualTo(original.observations());
      assertThat(imported.observations()).isEqualTo(original.observations());
      assertThat(imported.interviews()).isEqualTo(original.interviews());
      assertThat(speakers(rows)).isEqualTo(original.people());
      assertThat(imported.accounts()).isEqualTo(original.accounts());
      assertThat(codePaths(empty, studyId)).isEqualTo(originalCodes);
      assertThat(rows.stream().filter(r -> Quotes.WITHHELD.equals(r.observation().quote())))
          .hasSize((int) original.withheldQuotes());
    }
  }

  private static List<ObservationRow> rows(WorkspaceSession session, long studyId) {
    ObservationFilter filter = ObservationFilter.ofStudy(studyId);
    return session.observations().rows(filter, 0, 100_000);
  }

  private static long speakers(List<ObservationRow> rows) {
    return rows.stream().map(ObservationRow::speaker).filter(Objects::nonNull).distinct().count();
  }

  private static Set<String> codePaths(WorkspaceSession session, long studyId) {
    return rows(session, studyId).stream()
        .flatMap(r -> r.codePaths().stream())
        .collect(Collectors.toCollection(HashSet::new));
  }
}
