package com.outsidein.exchange.importing;

import com.outsidein.domain.Problem;
import com.outsidein.exchange.ExchangeText;
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

  /** How many column names a message lists before it only counts the rest. */
  private static final int NAMED = 5;

  private final Map<String, Integer> positions = new HashMap<>();
  private final List<String> detected = new ArrayList<>();
  private final List<String> unknown = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  Header(String file, List<String> cells, Set<String> known, List<String> required) {
    for (int i = 0; i < cells.size(); i++) {
      String name = normalised(cells.get(i));
      if (name.isEmpty()) {
        continue;
      }
      if (!known.contains(name)) {
        unknown.add(cells.get(i).strip());
      } else if (positions.containsKey(name)) {
        problems.add(
            new Problem(
                ExchangeText.get("where.cell", file, 1, name),
                ExchangeText.get("problem.columnTwice")));
      } else {
        positions.put(name, i);
        detected.add(name);
      }
    }
    for (String column : required) {
      if (!positions.containsKey(column)) {
        problems.add(
            new Problem(
                ExchangeText.get("where.row", file, 1),
                ExchangeText.get("problem.columnMissing", column, headerRow(cells))));
      }
    }
  }

  /**
   * A column name as the formats know it: lower-cased, with spaces, {@code _} and {@code -} alike
   * (so a report's "Interview date" is {@code interview_date}).
   */
  static String normalised(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
  }

  private static String headerRow(List<String> cells) {
    String shown = String.join(", ", cells.subList(0, Math.min(cells.size(), NAMED)));
    return cells.size() > NAMED
        ? ExchangeText.get("list.andMore", shown, cells.size() - NAMED)
        : shown;
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

  /** One warning for all the unknown columns, however many: it names a few and counts them. */
  List<String> warnings() {
    if (unknown.isEmpty()) {
      return List.of();
    }
    if (unknown.size() == 1) {
      return List.of(ExchangeText.get("warning.unknownColumn", quoted(unknown)));
    }
    return List.of(ExchangeText.get("warning.unknownColumns", unknown.size(), quoted(unknown)));
  }

  /** The first few names, quoted, and how many more there are. */
  private static String quoted(List<String> names) {
    List<String> shown =
        names.subList(0, Math.min(names.size(), NAMED)).stream().map(n -> "\"" + n + "\"").toList();
    String list = String.join(", ", shown);
    return names.size() > NAMED
        ? ExchangeText.get("list.andMore", list, names.size() - NAMED)
        : list;
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
