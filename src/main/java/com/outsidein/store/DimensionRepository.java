package com.outsidein.store;

import static com.outsidein.store.generated.Tables.DIMENSION_VALUE;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.store.generated.DefaultSchema;
import com.outsidein.store.generated.tables.records.DimensionValueRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;

public final class DimensionRepository {

  private final DSLContext ctx;

  DimensionRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<DimensionValue> all() {
    return ctx.selectFrom(DIMENSION_VALUE)
        .orderBy(DIMENSION_VALUE.DIMENSION, DIMENSION_VALUE.SORT_ORDER, DIMENSION_VALUE.NAME)
        .fetch(DimensionRepository::toDomain);
  }

  public List<DimensionValue> of(Dimension dimension) {
    return ctx.selectFrom(DIMENSION_VALUE)
        .where(DIMENSION_VALUE.DIMENSION.eq(dimension.name()))
        .orderBy(DIMENSION_VALUE.SORT_ORDER, DIMENSION_VALUE.NAME)
        .fetch(DimensionRepository::toDomain);
  }

  /** Finds a value by name, ignoring case and surrounding spaces. */
  public Optional<DimensionValue> find(Dimension dimension, String name) {
    return ctx.selectFrom(DIMENSION_VALUE)
        .where(DIMENSION_VALUE.DIMENSION.eq(dimension.name()))
        .and(DSL.lower(DIMENSION_VALUE.NAME).eq(name.trim().toLowerCase(java.util.Locale.ROOT)))
        .fetchOptional(DimensionRepository::toDomain);
  }

  public Optional<DimensionValue> byId(long id) {
    return ctx.selectFrom(DIMENSION_VALUE)
        .where(DIMENSION_VALUE.ID.eq(id))
        .fetchOptional(DimensionRepository::toDomain);
  }

  /** Adds a value at the end of its list (or with the id it had, when an undo restores it). */
  public DimensionValue insert(DimensionValue value) {
    int order = value.sortOrder() > 0 ? value.sortOrder() : nextSortOrder(value.dimension());
    DimensionValueRecord record = ctx.newRecord(DIMENSION_VALUE);
    if (value.id() > 0) {
      record.setId(value.id());
    }
    record.setDimension(value.dimension().name());
    record.setName(value.name().trim());
    record.setSortOrder(order);
    record.store();
    return toDomain(record);
  }

  public void rename(long id, String name) {
    ctx.update(DIMENSION_VALUE)
        .set(DIMENSION_VALUE.NAME, name.trim())
        .set(DIMENSION_VALUE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(DIMENSION_VALUE.ID.eq(id))
        .execute();
  }

  public void delete(long id) {
    ctx.deleteFrom(DIMENSION_VALUE).where(DIMENSION_VALUE.ID.eq(id)).execute();
  }

  public void setSortOrder(long id, int sortOrder) {
    ctx.update(DIMENSION_VALUE)
        .set(DIMENSION_VALUE.SORT_ORDER, sortOrder)
        .where(DIMENSION_VALUE.ID.eq(id))
        .execute();
  }

  /** Every row that uses the value, as "TABLE.COLUMN" to row ids; how many in all. */
  public Map<String, List<Long>> references(long valueId) {
    Map<String, List<Long>> references = new LinkedHashMap<>();
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      for (ForeignKey<?, ?> key : table.getReferences()) {
        if (key.getKey().getTable().equals(DIMENSION_VALUE)) {
          Field<Long> column = key.getFields().get(0).coerce(Long.class);
          Field<Long> id = table.field("ID", Long.class);
          List<Long> ids = ctx.select(id).from(table).where(column.eq(valueId)).fetch(id);
          if (!ids.isEmpty()) {
            references.put(table.getName() + "." + column.getName(), ids);
          }
        }
      }
    }
    return references;
  }

  /** Points the rows back at the value (undoing a delete that cleared them). */
  public void restoreReferences(long valueId, Map<String, List<Long>> references) {
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      for (ForeignKey<?, ?> key : table.getReferences()) {
        if (key.getKey().getTable().equals(DIMENSION_VALUE)) {
          Field<Long> column = key.getFields().get(0).coerce(Long.class);
          List<Long> ids = references.get(table.getName() + "." + column.getName());
          if (ids != null) {
            ctx.update(table)
                .set(column, valueId)
                .where(table.field("ID", Long.class).in(ids))
                .execute();
          }
        }
      }
    }
  }

  private int nextSortOrder(Dimension dimension) {
    Integer max =
        ctx.select(DSL.max(DIMENSION_VALUE.SORT_ORDER))
            .from(DIMENSION_VALUE)
            .where(DIMENSION_VALUE.DIMENSION.eq(dimension.name()))
            .fetchOne(0, Integer.class);
    return max == null ? 1 : max + 1;
  }

  static DimensionValue toDomain(DimensionValueRecord r) {
    return new DimensionValue(
        r.getId(), Dimension.valueOf(r.getDimension()), r.getName(), r.getSortOrder());
  }
}
