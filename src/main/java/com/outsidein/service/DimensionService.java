package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The editable value lists: segments, lanes, journey stages and the rest. */
public final class DimensionService {

  private static final Set<Topic> EVERYTHING_CUT_BY_THEM =
      Set.of(Topic.DIMENSIONS, Topic.PEOPLE, Topic.INTERVIEWS, Topic.OBSERVATIONS);

  private final Writes writes;

  DimensionService(Writes writes) {
    this.writes = writes;
  }

  public List<DimensionValue> values(Dimension dimension) {
    return writes.read(tx -> tx.dimensions().of(dimension));
  }

  /**
   * The value with this name (ignoring case), added at the end of its list when new. Picking a
   * value in a form adds it on the fly, which is not an undoable change of its own.
   */
  public DimensionValue findOrCreate(Dimension dimension, String name) {
    String trimmed = Require.text(name, dimension.name());
    return writes.change(Topic.DIMENSIONS, tx -> findOrCreate(tx, dimension, trimmed));
  }

  static DimensionValue findOrCreate(Tx tx, Dimension dimension, String name) {
    return tx.dimensions()
        .find(dimension, name)
        .orElseGet(() -> tx.dimensions().insert(new DimensionValue(0, dimension, name.trim(), 0)));
  }

  public DimensionValue add(Dimension dimension, String name) {
    String trimmed = Require.text(name, ServiceText.get("field.name"));
    return writes.undoable(
        ServiceText.get("undo.addListValue"),
        Topic.DIMENSIONS,
        tx -> {
          refuseDuplicate(tx, dimension, trimmed, 0);
          DimensionValue added =
              tx.dimensions().insert(new DimensionValue(0, dimension, trimmed, 0));
          return Performed.of(
              added,
              undo -> undo.dimensions().delete(added.id()),
              redo -> redo.dimensions().insert(added));
        });
  }

  public void rename(long valueId, String name) {
    String trimmed = Require.text(name, ServiceText.get("field.name"));
    writes.undoable(
        ServiceText.get("undo.renameListValue"),
        EVERYTHING_CUT_BY_THEM,
        tx -> {
          DimensionValue before = tx.dimensions().byId(valueId).orElseThrow();
          refuseDuplicate(tx, before.dimension(), trimmed, valueId);
          tx.dimensions().rename(valueId, trimmed);
          return Performed.of(
              null,
              undo -> undo.dimensions().rename(valueId, before.name()),
              redo -> redo.dimensions().rename(valueId, trimmed));
        });
  }

  /** Moves a value one place up (-1) or down (+1) in its list. */
  public void move(long valueId, int step) {
    writes.undoable(
        ServiceText.get("undo.reorderList"),
        Topic.DIMENSIONS,
        tx -> {
          DimensionValue value = tx.dimensions().byId(valueId).orElseThrow();
          List<DimensionValue> list = tx.dimensions().of(value.dimension());
          int at = list.indexOf(value);
          int to = Math.max(0, Math.min(list.size() - 1, at + step));
          List<DimensionValue> before = list;
          List<DimensionValue> after = new java.util.ArrayList<>(list);
          after.remove(at);
          after.add(to, value);
          renumber(tx, after);
          return Performed.of(null, undo -> renumber(undo, before), redo -> renumber(redo, after));
        });
  }

  private static void renumber(Tx tx, List<DimensionValue> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      tx.dimensions().setSortOrder(ordered.get(i).id(), i + 1);
    }
  }

  /** How many accounts, interviews and observations use the value. */
  public int usage(long valueId) {
    return writes.read(
        tx -> tx.dimensions().references(valueId).values().stream().mapToInt(List::size).sum());
  }

  /** Deletes a value; what used it is left without one (undo puts it back). */
  public void delete(long valueId) {
    writes.undoable(
        ServiceText.get("undo.deleteListValue"),
        EVERYTHING_CUT_BY_THEM,
        tx -> {
          DimensionValue before = tx.dimensions().byId(valueId).orElseThrow();
          Map<String, List<Long>> references = tx.dimensions().references(valueId);
          tx.dimensions().delete(valueId);
          return Performed.of(
              null,
              undo -> {
                undo.dimensions().insert(before);
                undo.dimensions().restoreReferences(valueId, references);
              },
              redo -> redo.dimensions().delete(valueId));
        });
  }

  private static void refuseDuplicate(Tx tx, Dimension dimension, String name, long exceptId) {
    tx.dimensions()
        .find(dimension, name)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.name"),
                  ServiceText.get("problem.listValueExists", other.name()));
            });
  }
}
