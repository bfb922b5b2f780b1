package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.store.StatementCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that creates many new codes runs one statement per new code, not a query for its sort
 * order besides (which made 50,000 new codes take minutes): counted, not timed.
 */
class ImportCodeStatementsTest {

  private static final int NEW_CODES = 10_000;

  @TempDir Path folder;

  @Test
  void tenThousandNewCodesRunOneInsertEachAndKeepTheirSiblingsOrder() {
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("ws"))) {
      session.codebook().ensurePath("Existing/Child");
      List<String> statements = new ArrayList<>();
      session
          .writes()
          .change(
              WorkspaceEvents.Topic.CODES,
              tx -> {
                statements.addAll(
                    StatementCounter.statementsOf(
                        tx,
                        counted -> {
                          ImportResolver resolver = new ImportResolver(counted, null, null);
                          for (int i = 0; i < NEW_CODES / 2; i++) {
                            resolver.code(List.of("Top " + i, "Below " + i));
                          }
                          resolver.code(List.of("Existing", "Child"));
                        }));
                return null;
              });

      long inserts = statements.stream().filter(s -> s.contains("insert into \"CODE\"")).count();
      assertThat(inserts).isEqualTo(NEW_CODES);
      // What the resolver reads up front, once, however many rows follow.
      assertThat(statements.size() - inserts).isLessThanOrEqualTo(10);

      CodeTree tree = session.codebook().tree();
      assertThat(tree.childrenOf(null))
          .extracting(Code::name)
          .startsWith("Existing", "Top 0", "Top 1", "Top 2");
      assertThat(tree.childrenOf(null)).extracting(Code::sortOrder).doesNotHaveDuplicates();
    }
  }
}
