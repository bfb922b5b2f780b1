package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.CANVAS;
import static com.outsidein.store.generated.Tables.CANVAS_ENTRY;
import static com.outsidein.store.generated.Tables.CODE;
import static com.outsidein.store.generated.Tables.INSIGHT;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;
import static com.outsidein.store.generated.Tables.STUDY;

import com.outsidein.domain.WorkspaceCounts;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** How many of each kind of thing the workspace holds, in one query. */
public final class CountsQuery {

  private final DSLContext ctx;

  CountsQuery(DSLContext ctx) {
    this.ctx = ctx;
  }

  public WorkspaceCounts counts(String schemaVersion) {
    Record r =
        ctx.select(
                DSL.field(DSL.selectCount().from(STUDY)),
                DSL.field(DSL.selectCount().from(ACCOUNT)),
                DSL.field(DSL.selectCount().from(PERSON)),
                DSL.field(DSL.selectCount().from(INTERVIEW)),
                DSL.field(DSL.selectCount().from(OBSERVATION)),
                DSL.field(DSL.selectCount().from(CODE)),
                DSL.field(DSL.selectCount().from(INSIGHT)),
                DSL.field(DSL.selectCount().from(CANVAS)),
                DSL.field(DSL.selectCount().from(CANVAS_ENTRY)))
            .fetchOne();
    return new WorkspaceCounts(
        r.get(0, Long.class),
        r.get(1, Long.class),
        r.get(2, Long.class),
        r.get(3, Long.class),
        r.get(4, Long.class),
        r.get(5, Long.class),
        r.get(6, Long.class),
        r.get(7, Long.class),
        r.get(8, Long.class),
        schemaVersion);
  }
}
