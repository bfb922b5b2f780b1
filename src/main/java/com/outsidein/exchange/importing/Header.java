package com.outsidein.exchange.importing;

import com.outsidein.domain.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file's header row matched against the columns a format knows: where each known column is, which
 * are missing though required, and which are unknown (a warning; they are ignored).
 */
final class Header {

  private final Map<String, Integer> positions = new HashMap<>();
  private final List<String> detected = new ArrayList<>();
  private final List<String> unknown = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  Header(String file, List<String> cells, Set<String> known, List<String> required) {
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (!known.contains(name)) {
        unknown.add(cells.get(i).strip());
      } else if (positions.containsKey(name)) {
        problems.add(
            new Problem(
                file + ", row 1, column " + name, "the column appears twice in the header row"));
      } else {
        positions.put(name, i);
        detected.add(name);
      }
    }
    for (String column : required) {
      if (!positions.containsKey(column)) {
        problems.add(
            new Problem(
                file + ", row 1",
                "the required column \""
                    + column
                    + "\" is missing (the header row has: "
                    + String.join(", ", cells)
                    + ")"));
      }
    }
  }

  boolean has(String column) {
    return positions.containsKey(column);
  }

  /** The value of a known column in a row, stripped; null when blank or the column is absent. */
  String value(List<String> cells, String column) {
    Integer at = positions.get(column);
    if (at == null || at >= cells.size()) {
      return null;
    }
    String value = cells.get(at).strip();
    return value.isEmpty() ? null : value;
  }

  /** The known columns found, in the file's order. */
  List<String> detected() {
    return List.copyOf(detected);
  }

  List<String> unknown() {
    return List.copyOf(unknown);
  }

  List<String> warnings() {
    return unknown.stream()
        .map(c -> "The column \"" + c + "\" is not part of the import format and is ignored.")
        .toList();
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
