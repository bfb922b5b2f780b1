package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.TestThreads;
import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Observation;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.CodeChains;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace may hold a code tree far deeper than the 20 levels the app now allows (written before
 * the limit): export, the codebook tree, synthesis and deleting walk it without overflowing the
 * stack.
 */
class DeepCodeTreeTest {

  private static final int DEPTH = 20_000;

  @TempDir Path folder;

  @Test
  void aChainOfTwentyThousandCodesIsShownExportedAndDeleted() throws Exception {
    Path file = folder.resolve("deep");
    try (WorkspaceSession session = WorkspaceSession.create(file)) {
      session.studies().create(Study.titled("Deep"));
    }
    long deepest = CodeChains.addChain(file, DEPTH);

    try (WorkspaceSession session = WorkspaceSession.open(file)) {
      long studyId = session.studies().all().get(0).id();
      session
          .observations()
          .create(Observation.note(studyId, "Coded at the bottom"), List.of(deepest));

      CodeTree tree = session.codebook().tree();
      assertThat(tree.depthFirst()).hasSize(DEPTH);
      assertThat(tree.depthOf(deepest)).isEqualTo(DEPTH - 1);
      assertThat(tree.pathOf(deepest).split(Code.PATH_SEPARATOR)).hasSize(Code.MAX_DEPTH + 1);
      assertThat(session.synthesis().matrix(Dimension.JOURNEY_STAGE, null).rows()).hasSize(DEPTH);
      session.synthesis().sayDo(null);

      ReportResult result =
          new ReportWriter(session, TestThreads.HELPERS).write(null, folder.resolve("deep.xlsx"));
      assertThat(result).isNotNull();

      long top = tree.depthFirst().get(0).id();
      assertThat(session.codebook().impactOfDeleting(top).children()).isEqualTo(DEPTH - 1);
      session.codebook().delete(top);
      assertThat(session.codebook().tree().isEmpty()).isTrue();
    }
  }
}
