package com.outsidein.store;

import static com.outsidein.store.generated.Tables.CODE;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;

import com.outsidein.domain.Code;
import com.outsidein.store.generated.tables.records.CodeRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class CodeRepository {

  private final DSLContext ctx;

  CodeRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<Code> all() {
    return ctx.selectFrom(CODE).orderBy(CODE.SORT_ORDER, CODE.NAME).fetch(CodeRepository::toDomain);
  }

  /** Every code with how many observations are coded with it directly. */
  public Optional<Code> byId(long id) {
    return ctx.selectFrom(CODE).where(CODE.ID.eq(id)).fetchOptional(CodeRepository::toDomain);
  }

  /** The child of a parent (null: the top level) with this name, ignoring case and spaces. */
  public Optional<Code> findChild(Long parentId, String name) {
    Condition parent = parentId == null ? CODE.PARENT_ID.isNull() : CODE.PARENT_ID.eq(parentId);
    return ctx.selectFrom(CODE)
        .where(parent)
        .and(DSL.lower(CODE.NAME).eq(name.trim().toLowerCase(Locale.ROOT)))
        .fetchOptional(CodeRepository::toDomain);
  }

  public Code insert(Code code) {
    CodeRecord record = ctx.newRecord(CODE);
    if (code.id() > 0) {
      record.setId(code.id());
    }
    fill(record, code);
    if (code.sortOrder() <= 0) {
      record.setSortOrder(nextSortOrder(code.parentId()));
    }
    record.store();
    return toDomain(record);
  }

  public void update(Code code) {
    CodeRecord record = ctx.fetchSingle(CODE, CODE.ID.eq(code.id()));
    fill(record, code);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(CODE).where(CODE.ID.eq(id)).execute();
  }

  /** The observations coded with a code. */
  public List<Long> codedObservations(long codeId) {
    return ctx.select(OBSERVATION_CODE.OBSERVATION_ID)
        .from(OBSERVATION_CODE)
        .where(OBSERVATION_CODE.CODE_ID.eq(codeId))
        .orderBy(OBSERVATION_CODE.OBSERVATION_ID)
        .fetch(OBSERVATION_CODE.OBSERVATION_ID);
  }

  public void code(long codeId, java.util.Collection<Long> observationIds) {
    for (Long observationId : observationIds) {
      ctx.insertInto(OBSERVATION_CODE, OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
          .values(observationId, codeId)
          .onDuplicateKeyIgnore()
          .execute();
    }
  }

  public void uncode(long codeId, java.util.Collection<Long> observationIds) {
    ctx.deleteFrom(OBSERVATION_CODE)
        .where(OBSERVATION_CODE.CODE_ID.eq(codeId))
        .and(OBSERVATION_CODE.OBSERVATION_ID.in(observationIds))
        .execute();
  }

  private int nextSortOrder(Long parentId) {
    Condition parent = parentId == null ? CODE.PARENT_ID.isNull() : CODE.PARENT_ID.eq(parentId);
    Integer max =
        ctx.select(DSL.max(CODE.SORT_ORDER)).from(CODE).where(parent).fetchOne(0, Integer.class);
    return max == null ? 1 : max + 1;
  }

  private static void fill(CodeRecord record, Code code) {
    record.setParentId(code.parentId());
    record.setName(code.name().trim());
    record.setDefinition(Text.nullToEmpty(code.definition()));
    record.setColour(Text.blankToNull(code.colour()));
    record.setMemo(Text.nullToEmpty(code.memo()));
    record.setSortOrder(code.sortOrder());
  }

  static Code toDomain(CodeRecord r) {
    return new Code(
        r.getId(),
        r.getParentId(),
        r.getName(),
        r.getDefinition(),
        r.getColour(),
        r.getMemo(),
        r.getSortOrder());
  }
}
