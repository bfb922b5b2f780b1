package com.outsidein.store;

import com.outsidein.store.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Finds text in every text column of every table and rewrites it: how a forgotten person's name and
 * email are removed from the whole workspace.
 */
public final class TextScrubber {

  private final DSLContext ctx;

  TextScrubber(DSLContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Rewrites every text cell that contains one of the words (ignoring case), except in the named
   * columns ({@code TABLE.COLUMN}, upper case). Returns how many cells changed.
   */
  public int rewriteEverywhere(
      Collection<String> words, UnaryOperator<String> rewrite, Set<String> skippedColumns) {
    int changed = 0;
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      UniqueKey<?> key = table.getPrimaryKey();
      if (key == null) {
        continue;
      }
      for (Field<?> field : table.fields()) {
        if (field.getType() == String.class
            && !skippedColumns.contains(table.getName() + "." + field.getName())) {
          changed += rewriteColumn(table, key, field.coerce(String.class), words, rewrite);
        }
      }
    }
    return changed;
  }

  /** Whether any text cell anywhere still contains the word (ignoring case). */
  public boolean containsAnywhere(String word) {
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      for (Field<?> field : table.fields()) {
        if (field.getType() == String.class
            && ctx.fetchExists(table, contains(field.coerce(String.class), List.of(word)))) {
          return true;
        }
      }
    }
    return false;
  }

  private int rewriteColumn(
      Table<?> table,
      UniqueKey<?> key,
      Field<String> column,
      Collection<String> words,
      UnaryOperator<String> rewrite) {
    List<Field<?>> keyFields = key.getFields().stream().<Field<?>>map(f -> f).toList();
    List<Field<?>> selected = new ArrayList<>(keyFields);
    selected.add(column);
    int changed = 0;
    for (Record row : ctx.select(selected).from(table).where(contains(column, words)).fetch()) {
      String before = row.get(column);
      String after = rewrite.apply(before);
      if (!after.equals(before)) {
        Condition sameRow = DSL.noCondition();
        for (Field<?> keyField : keyFields) {
          sameRow = sameRow.and(equal(keyField, row));
        }
        var update = ctx.update(table).set(column, after);
        // Whoever keeps a copy of the text (the search index) sees from this that it changed.
        Field<?> updatedAt = table.field("UPDATED_AT");
        if (updatedAt != null) {
          update =
              update.set(
                  updatedAt.coerce(java.time.OffsetDateTime.class), DSL.currentOffsetDateTime());
        }
        update.where(sameRow).execute();
        changed++;
      }
    }
    return changed;
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition equal(Field<T> field, Record row) {
    return field.eq((T) row.get(field));
  }

  private static Condition contains(Field<String> column, Collection<String> words) {
    Condition any = DSL.falseCondition();
    for (String word : words) {
      any = any.or(DSL.lower(column).contains(word.toLowerCase(Locale.ROOT)));
    }
    return any;
  }
}
