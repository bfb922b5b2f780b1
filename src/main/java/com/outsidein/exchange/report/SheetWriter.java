package com.outsidein.exchange.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes the cells of one sheet the same way everywhere: text always as text (a quote prefix on
 * text that starts like a formula), numbers as numbers, dates as date cells, long text wrapped, and
 * column widths from the longest text written (never autosizing, which streamed sheets cannot).
 */
final class SheetWriter {

  /** Excel's limit on the characters in one cell. */
  static final int MAX_CELL_TEXT = 32_767;

  /** Excel's limit on the hyperlinks in one sheet. */
  static final int MAX_LINKS = 65_530;

  private static final int DEFAULT_MAX_WIDTH = 50;
  private static final int MIN_WIDTH = 4;
  private static final int DATE_WIDTH = 12;

  /** The height of one line of text in points, and the most lines a row grows to. */
  static final float LINE_HEIGHT = Styles.LINE_HEIGHT;

  private static final int MAX_LINES = 15;

  /** About how wide one character of a column is on paper at 100%, in points (7 pixels). */
  private static final double POINTS_PER_CHARACTER = 5.25;

  /** How wide A4 portrait is between the margins, in points. */
  private static final double PORTRAIT_WIDTH = 595 - 2 * 72 * 0.4;

  private static final double SIDE_MARGIN = 0.4;

  private final Sheet sheet;
  private final Styles styles;
  private int[] widths = new int[16];
  private int[] maxWidths = new int[16];
  private int[] printed;
  private int next;
  private int links;

  SheetWriter(Sheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
    Arrays.fill(maxWidths, DEFAULT_MAX_WIDTH);
  }

  Sheet sheet() {
    return sheet;
  }

  String name() {
    return sheet.getSheetName();
  }

  Styles styles() {
    return styles;
  }

  /** The index of the row {@link #row()} makes next. */
  int nextRow() {
    return next;
  }

  /** Makes the next row, one line high: every row is, until wrapped text makes it taller. */
  Row row() {
    Row row = sheet.createRow(next++);
    row.setHeightInPoints(LINE_HEIGHT);
    return row;
  }

  /** Leaves a row empty. */
  void skipRow() {
    next++;
  }

  /** Caps a column's width (in characters); longer text in it wraps. */
  void maxWidth(int column, int characters) {
    grow(column);
    maxWidths[column] = characters;
  }

  /**
   * Gives a column a fixed width (in characters) now, before any data: longer text in it wraps. For
   * sheets laid out as a form rather than a table, whose paragraphs need the widths early.
   */
  void fixWidth(int column, int characters) {
    grow(column);
    maxWidths[column] = characters;
    widths[column] = characters;
    sheet.setColumnWidth(column, (characters + 2) * 256);
  }

  /** Merges the cells of one row from {@code first} to {@code last}. */
  void merge(Row row, int first, int last) {
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
  }

  /**
   * A bold header row; returns its index. The headers of {@code rightAligned} columns (numbers and
   * dates) align right, as their values do; the others left.
   */
  int header(List<String> names, int... rightAligned) {
    return header(0, names, rightAligned);
  }

  int header(int firstColumn, List<String> names, int... rightAligned) {
    Row row = row();
    for (int i = 0; i < names.size(); i++) {
      int column = firstColumn + i;
      boolean right = Arrays.stream(rightAligned).anyMatch(c -> c == column);
      text(row, column, names.get(i), right ? styles.headerRight : styles.header);
    }
    return row.getRowNum();
  }

  /**
   * Makes the rows below {@code headerRow} a table: the header stays in view (and on every printed
   * page) and filters the rows below it.
   */
  void table(int headerRow, int lastColumn) {
    sheet.createFreezePane(0, headerRow + 1);
    int lastRow = Math.max(headerRow, next - 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
  }

  /** Text that may run on to the right: never wrapped, and not counted in the column's width. */
  Cell heading(Row row, int column, String value, CellStyle style) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(styles.derive(style, false, looksLikeFormula(value)));
    float height = styles.lineHeight(style);
    if (height > row.getHeightInPoints()) {
      row.setHeightInPoints(height);
    }
    return cell;
  }

  Cell text(Row row, int column, String value) {
    return text(row, column, value, styles.text);
  }

  /**
   * Text as a string cell, never a formula; null or empty leaves the cell out. Text longer than its
   * column's cap (or on several lines) wraps, and its row grows to show it: spreadsheet programs do
   * not size rows of a generated file by themselves.
   */
  Cell text(Row row, int column, String value, CellStyle style) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    String text =
        value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
    int lines = measure(column, text);
    boolean wrap = lines > 1 || styles.wraps(style);
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(styles.derive(style, wrap, looksLikeFormula(text)));
    if (lines > 1) {
      float height = Math.min(MAX_LINES, lines) * LINE_HEIGHT;
      if (height > row.getHeightInPoints()) {
        row.setHeightInPoints(height);
      }
    }
    return cell;
  }

  Cell number(Row row, int column, Number value) {
    return number(row, column, value, styles.integer);
  }

  /** A number cell; null leaves the cell out. */
  Cell number(Row row, int column, Number value, CellStyle style) {
    if (value == null) {
      return null;
    }
    double number = value.doubleValue();
    measure(
        column, style == styles.decimal ? String.format("%.2f", number) : String.valueOf(value));
    Cell cell = row.createCell(column);
    cell.setCellValue(number);
    cell.setCellStyle(style);
    return cell;
  }

  /** A date cell; null leaves the cell out. */
  Cell date(Row row, int column, LocalDate value) {
    if (value == null) {
      return null;
    }
    grow(column);
    widths[column] = Math.max(widths[column], DATE_WIDTH);
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(styles.date);
    return cell;
  }

  /**
   * Text that links to a place in the workbook such as {@code 'Observations'!A12}; plain text when
   * the address is null or the sheet has as many links as Excel allows.
   */
  Cell link(Row row, int column, String label, String address) {
    if (address == null || links >= MAX_LINKS) {
      return text(row, column, label);
    }
    Cell cell = text(row, column, label, styles.link);
    if (cell != null) {
      Hyperlink link =
          sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      link.setAddress(address);
      cell.setHyperlink(link);
      links++;
    }
    return cell;
  }

  /**
   * Prints only the columns {@code first} to {@code last}: the rest of the sheet is for the screen
   * (ids, emails, long lists of links), and fewer columns keep the printed text legible.
   */
  void printColumns(int first, int last) {
    printed = new int[] {first, last};
  }

  /**
   * Sets every column's width from the longest text written to it, within its cap, and sets the
   * sheet up for paper: A4, portrait when the printed columns fit its width and landscape when not,
   * one page wide and as many tall as it takes, sensible margins, and a footer with the sheet's
   * name, the page number and the export date. A table's header row repeats on every page.
   */
  void finish() {
    int last = -1;
    for (int column = 0; column < widths.length; column++) {
      if (widths[column] > 0) {
        int characters = Math.max(MIN_WIDTH, Math.min(widths[column], maxWidths[column])) + 2;
        sheet.setColumnWidth(column, Math.min(255, characters) * 256);
        last = column;
      }
    }
    int first = printed == null ? 0 : printed[0];
    last = printed == null ? last : printed[1];
    double points = 0;
    for (int column = first; column <= last; column++) {
      points += sheet.getColumnWidth(column) / 256.0 * POINTS_PER_CHARACTER;
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(points > PORTRAIT_WIDTH);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.7);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    sheet.getFooter().setCenter(ReportText.get("footer", "&A", "&P", "&N", styles.exportedOn()));
    if (printed != null) {
      Workbook workbook = sheet.getWorkbook();
      workbook.setPrintArea(
          workbook.getSheetIndex(sheet), first, last, 0, Math.max(0, sheet.getLastRowNum()));
    }
  }

  /**
   * A paragraph below a table, after {@link #finish}: wrapped across the table's columns (merged)
   * rather than running on past them, its row as tall as its lines.
   */
  void paragraph(String value, int lastColumn, CellStyle style) {
    paragraph(row(), 0, value, lastColumn, style);
  }

  /**
   * Text wrapped across the columns {@code first} to {@code lastColumn} of a row (merged), the row
   * as tall as its lines; the columns' widths must be set already.
   */
  Cell paragraph(Row row, int first, String value, int lastColumn, CellStyle style) {
    Cell cell = row.createCell(first);
    cell.setCellValue(value);
    cell.setCellStyle(styles.derive(style, true, looksLikeFormula(value)));
    int characters = 0;
    for (int column = first; column <= lastColumn; column++) {
      characters += sheet.getColumnWidth(column) / 256;
    }
    int lines = 0;
    for (String line : value.split("\n", -1)) {
      lines += wrappedLines(line, Math.max(MIN_WIDTH, characters - 2));
    }
    float height = Math.min(MAX_LINES, lines) * styles.lineHeight(style);
    if (height > row.getHeightInPoints()) {
      row.setHeightInPoints(height);
    }
    if (lastColumn > first) {
      merge(row, first, lastColumn);
    }
    return cell;
  }

  /** The address of a cell on another sheet, for a hyperlink: {@code 'Name'!A12}. */
  static String address(String sheetName, int rowIndex, int column) {
    return "'"
        + sheetName.replace("'", "''")
        + "'!"
        + org.apache.poi.ss.util.CellReference.convertNumToColString(column)
        + (rowIndex + 1);
  }

  /** Text Excel would read as a formula (or that spreadsheet tools treat as one) if typed. */
  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /**
   * Counts the text into its column's width (the longest line, within the cap) and returns how many
   * lines it takes when wrapped at the cap, word by word as a spreadsheet wraps it.
   */
  private int measure(int column, String text) {
    grow(column);
    int cap = maxWidths[column];
    int longest = 0;
    int lines = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int length = end - start;
      longest = Math.max(longest, length);
      // The column is two characters wider than its cap (see finish), and text runs narrower than
      // the digits a width counts in, so a line holds at least cap + 2 characters.
      lines += length <= cap + 2 ? 1 : wrappedLines(text.substring(start, end), cap + 2);
      start = end + 1;
    }
    widths[column] = Math.max(widths[column], Math.min(longest, cap));
    return lines;
  }

  /** How many lines a paragraph takes wrapped at word boundaries in {@code cap} characters. */
  static int wrappedLines(String paragraph, int cap) {
    int lines = 1;
    int used = 0;
    for (String word : paragraph.split(" ", -1)) {
      int length = word.length();
      if (used > 0 && used + 1 + length <= cap) {
        used += 1 + length;
        continue;
      }
      if (used > 0) {
        lines++;
      }
      lines += (Math.max(length, 1) - 1) / cap;
      used = length % cap == 0 && length > 0 ? cap : length % cap;
    }
    return lines;
  }

  private void grow(int column) {
    if (column >= widths.length) {
      int size = Math.max(column + 1, widths.length * 2);
      int old = widths.length;
      widths = Arrays.copyOf(widths, size);
      maxWidths = Arrays.copyOf(maxWidths, size);
      Arrays.fill(maxWidths, old, size, DEFAULT_MAX_WIDTH);
    }
  }
}
