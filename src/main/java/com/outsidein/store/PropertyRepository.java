package com.outsidein.store;

import static com.outsidein.store.generated.Tables.WORKSPACE_PROPERTY;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Small named facts about the workspace itself, such as whether it is the sample. */
public final class PropertyRepository {

  private final DSLContext ctx;

  PropertyRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public Optional<String> get(String name) {
    return ctx.select(WORKSPACE_PROPERTY.PROPERTY_VALUE)
        .from(WORKSPACE_PROPERTY)
        .where(WORKSPACE_PROPERTY.NAME.eq(name))
        .fetchOptional(WORKSPACE_PROPERTY.PROPERTY_VALUE);
  }

  public void put(String name, String value) {
    ctx.mergeInto(WORKSPACE_PROPERTY)
        .using(DSL.selectOne())
        .on(WORKSPACE_PROPERTY.NAME.eq(name))
        .whenMatchedThenUpdate()
        .set(WORKSPACE_PROPERTY.PROPERTY_VALUE, value)
        .set(WORKSPACE_PROPERTY.UPDATED_AT, DSL.currentOffsetDateTime())
        .whenNotMatchedThenInsert(WORKSPACE_PROPERTY.NAME, WORKSPACE_PROPERTY.PROPERTY_VALUE)
        .values(name, value)
        .execute();
  }
}
