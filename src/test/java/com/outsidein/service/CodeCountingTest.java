package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.ReportCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCountingTest {

  @TempDir Path folder;

  private static CodeUsage usage(WorkspaceSession session, long codeId) {
    return session.codebook().usage().stream()
        .filter(u -> u.code().id() == codeId)
        .findFirst()
        .orElseThrow();
  }

  private static ReportCode reported(WorkspaceSession session, long codeId) {
    return session.reports().codes(null).stream()
        .filter(c -> c.code().id() == codeId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anObservationCodedAtAParentAndItsChildCountsOnceWithSubcodesInCodebookAndReport() {
    KnownWorkspace known = KnownWorkspace.build(folder.resolve("ws"));
    try (WorkspaceSession session = known.session) {
      int before = usage(session, known.pain).withSubcodes();

      session.observations().addCode(List.of(known.observations[1]), known.pain);

      CodeUsage pain = usage(session, known.pain);
      ReportCode report = reported(session, known.pain);
      assertThat(pain.withSubcodes()).isEqualTo(before);
      assertThat(pain.observations()).isEqualTo(report.observations());
      assertThat(pain.withSubcodes()).isEqualTo(report.observationsWithin());
      assertThat(usage(session, known.setup).withSubcodes())
          .isEqualTo(reported(session, known.setup).observationsWithin());
    }
  }
}
