package com.outsidein.store;

import static com.outsidein.store.generated.Tables.CODE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Builds a code tree straight into a workspace's tables, past every rule of the services: a chain
 * of codes each under the one before, as deep as a workspace from before the depth limit may hold.
 */
public final class CodeChains {

  private static final int BATCH = 1_000;

  private CodeChains() {}

  /** Adds codes "c1" (top level) to "cN", each under the one before; returns the deepest's id. */
  public static long addChain(Path workspaceFile, int length) {
    try (Workspace workspace = Workspace.open(workspaceFile)) {
      return workspace.write(
          tx -> {
            long first =
                tx.ctx()
                        .select(DSL.coalesce(DSL.max(CODE.ID), 0L))
                        .from(CODE)
                        .fetchOne(0, Long.class)
                    + 1;
            List<Query> inserts = new ArrayList<>();
            for (int i = 0; i < length; i++) {
              long id = first + i;
              inserts.add(
                  tx.ctx()
                      .insertInto(CODE, CODE.ID, CODE.PARENT_ID, CODE.NAME)
                      .values(id, i == 0 ? null : id - 1, "c" + (i + 1)));
              if (inserts.size() == BATCH) {
                tx.ctx().batch(inserts).execute();
                inserts.clear();
              }
            }
            tx.ctx().batch(inserts).execute();
            return first + length - 1;
          });
    }
  }
}
