package com.outsidein.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two states of a canvas: entries added, removed or changed. */
public final class CanvasComparison {

  /** One difference; {@code before} is null for an added entry, {@code after} for a removed one. */
  public record Change(Kind kind, FrozenEntry before, FrozenEntry after) {

    public enum Kind {
      ADDED,
      REMOVED,
      CHANGED
    }

    public FrozenEntry either() {
      return after != null ? after : before;
    }
  }

  private CanvasComparison() {}

  public static List<Change> compare(List<FrozenEntry> older, List<FrozenEntry> newer) {
    Map<Object, FrozenEntry> before = byKey(older);
    Map<Object, FrozenEntry> after = byKey(newer);
    List<Change> changes = new ArrayList<>();
    before.forEach(
        (key, entry) -> {
          FrozenEntry now = after.get(key);
          if (now == null) {
            changes.add(new Change(Change.Kind.REMOVED, entry, null));
          } else if (!sameContent(entry, now)) {
            changes.add(new Change(Change.Kind.CHANGED, entry, now));
          }
        });
    after.forEach(
        (key, entry) -> {
          if (!before.containsKey(key)) {
            changes.add(new Change(Change.Kind.ADDED, null, entry));
          }
        });
    changes.sort(
        (a, b) -> {
          int bySection = a.either().section().compareTo(b.either().section());
          return bySection != 0
              ? bySection
              : Integer.compare(a.either().promptOrder(), b.either().promptOrder());
        });
    return changes;
  }

  private static Map<Object, FrozenEntry> byKey(List<FrozenEntry> entries) {
    Map<Object, FrozenEntry> keyed = new LinkedHashMap<>();
    for (FrozenEntry entry : entries) {
      Object key =
          entry.sourceEntryId() != null
              ? entry.sourceEntryId()
              : entry.section() + "\n" + entry.prompt() + "\n" + entry.entryOrder();
      keyed.put(key, entry);
    }
    return keyed;
  }

  private static boolean sameContent(FrozenEntry a, FrozenEntry b) {
    return Objects.equals(a.answer(), b.answer())
        && Objects.equals(a.details(), b.details())
        && Objects.equals(a.citationTexts(), b.citationTexts())
        && Objects.equals(a.prompt(), b.prompt());
  }
}
