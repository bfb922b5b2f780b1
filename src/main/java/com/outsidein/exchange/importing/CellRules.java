package com.outsidein.exchange.importing;

import com.outsidein.domain.Problem;
import com.outsidein.exchange.ExchangeText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads typed values out of one row's cells, noting a problem (row and column named) for each value
 * that breaks its rule instead of stopping at the first; one problem per cell, the first found.
 */
final class CellRules {

  private final String file;
  private final Header header;
  private final List<Problem> problems;
  private final Set<String> columnsWithProblem = new HashSet<>();
  private int row;
  private List<String> cells;

  CellRules(String file, Header header, List<Problem> problems) {
    this.file = file;
    this.header = header;
    this.problems = problems;
  }

  void startRow(int number, List<String> rowCells) {
    this.row = number;
    this.cells = rowCells;
    columnsWithProblem.clear();
  }

  int problemCount() {
    return problems.size();
  }

  void problem(String column, String what) {
    if (!columnsWithProblem.add(column)) {
      return;
    }
    problems.add(new Problem(ExchangeText.get("where.cell", file, row, column), what));
  }

  /** A text value, null when blank; longer than {@code max} characters is a problem. */
  String text(String column, int max) {
    String value = header.value(cells, column);
    if (value != null && value.length() > max) {
      problem(column, ExchangeText.get("problem.tooLong", max));
      return null;
    }
    return value;
  }

  /**
   * An email, null when blank. It is kept lower-cased too (to match case-insensitively), and some
   * letters grow when lower-cased, so that form must fit {@code max} as well.
   */
  String email(String column, int max) {
    String value = text(column, max);
    if (value != null && value.toLowerCase(java.util.Locale.ROOT).length() > max) {
      problem(column, ExchangeText.get("problem.tooLongLowerCased", max));
      return null;
    }
    return value;
  }

  /** A text value that must not be blank. */
  String required(String column, int max) {
    if (header.value(cells, column) == null && header.has(column)) {
      problem(column, ExchangeText.get("problem.blank"));
      return null;
    }
    return text(column, max);
  }

  /** An ISO date (2024-03-05), or null when blank. */
  LocalDate date(String column) {
    String value = header.value(cells, column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(column, ExchangeText.get("problem.notADate", value));
      return null;
    }
  }

  /** A whole number between min and max, or null when blank. */
  Integer integer(String column, int min, int max) {
    String value = header.value(cells, column);
    if (value == null) {
      return null;
    }
    String digits = value.startsWith("+") ? value.substring(1) : value;
    try {
      int number = Integer.parseInt(digits);
      if (number < min || number > max) {
        problem(column, ExchangeText.get("problem.outside", value, min, max));
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problem(column, ExchangeText.get("problem.notAWholeNumber", value, min, max));
      return null;
    }
  }

  /** A yes/no value (yes, no, true, false, y, n, 1, 0), or null when blank. */
  Boolean yesNo(String column) {
    String value = header.value(cells, column);
    if (value == null) {
      return null;
    }
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "yes", "y", "true", "1":
        return true;
      case "no", "n", "false", "0":
        return false;
      default:
        problem(column, ExchangeText.get("problem.notYesOrNo", value));
        return null;
    }
  }

  String raw(String column) {
    return header.value(cells, column);
  }
}
