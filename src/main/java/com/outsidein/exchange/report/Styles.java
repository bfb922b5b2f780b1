package com.outsidein.exchange.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The report's cell styles, made once per workbook. Text aligns left and numbers and dates right,
 * headers as their column; data cells align to the top so wrapped rows read well; {@link #derive}
 * adds wrapping or a quote prefix (text that Excel must never take for a formula) to any style,
 * cached so the workbook stays within Excel's style limit.
 */
final class Styles {

  /** The height of a line of text in the report's font (11 points), in points. */
  static final float LINE_HEIGHT = 15f;

  /**
   * The one date format of the report: ISO 8601, read the same way in every region, with two
   * escaped spaces after it, so a right-aligned date never touches the text of the next column
   * (numbers keep the same room with {@code _)}). Spreadsheets and POI still read it as a date.
   */
  static final String DATE_FORMAT = "yyyy-mm-dd\\ \\ ";

  private final Workbook workbook;
  private final String exportedOn;
  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle section;
  final CellStyle sectionBand;
  final CellStyle header;
  final CellStyle headerRight;
  final CellStyle label;
  final CellStyle text;
  final CellStyle bold;
  final CellStyle integer;
  final CellStyle total;
  final CellStyle decimal;
  final CellStyle date;
  final CellStyle link;
  final CellStyle flag;
  private final Map<String, CellStyle> derived = new HashMap<>();
  private final Map<CellStyle, Boolean> wrapping = new IdentityHashMap<>();
  private final Map<CellStyle, Boolean> prefixing = new IdentityHashMap<>();

  Styles(Workbook workbook, LocalDate exportedOn) {
    this.workbook = workbook;
    this.exportedOn = exportedOn.toString();
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    title = workbook.createCellStyle();
    title.setFont(titleFont);
    title.setAlignment(HorizontalAlignment.LEFT);

    Font greyFont = workbook.createFont();
    greyFont.setItalic(true);
    greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    subtitle = workbook.createCellStyle();
    subtitle.setFont(greyFont);
    subtitle.setAlignment(HorizontalAlignment.LEFT);
    subtitle.setVerticalAlignment(VerticalAlignment.TOP);

    Font sectionFont = workbook.createFont();
    sectionFont.setBold(true);
    sectionFont.setFontHeightInPoints((short) 12);
    section = workbook.createCellStyle();
    section.setFont(sectionFont);
    section.setAlignment(HorizontalAlignment.LEFT);

    sectionBand = workbook.createCellStyle();
    sectionBand.cloneStyleFrom(section);
    sectionBand.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    sectionBand.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    sectionBand.setVerticalAlignment(VerticalAlignment.CENTER);

    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(boldFont);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.LEFT);
    headerRight = workbook.createCellStyle();
    headerRight.cloneStyleFrom(header);
    headerRight.setAlignment(HorizontalAlignment.RIGHT);

    label = workbook.createCellStyle();
    label.setFont(boldFont);
    label.setVerticalAlignment(VerticalAlignment.TOP);
    label.setAlignment(HorizontalAlignment.LEFT);

    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    text.setAlignment(HorizontalAlignment.LEFT);

    bold = workbook.createCellStyle();
    bold.cloneStyleFrom(text);
    bold.setFont(boldFont);

    integer = workbook.createCellStyle();
    integer.cloneStyleFrom(text);
    integer.setDataFormat(workbook.createDataFormat().getFormat("0_)"));
    integer.setAlignment(HorizontalAlignment.RIGHT);

    total = workbook.createCellStyle();
    total.cloneStyleFrom(integer);
    total.setFont(boldFont);

    decimal = workbook.createCellStyle();
    decimal.cloneStyleFrom(text);
    decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00_)"));
    decimal.setAlignment(HorizontalAlignment.RIGHT);

    date = workbook.createCellStyle();
    date.cloneStyleFrom(text);
    date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    date.setAlignment(HorizontalAlignment.RIGHT);

    Font linkFont = workbook.createFont();
    linkFont.setUnderline(Font.U_SINGLE);
    linkFont.setColor(IndexedColors.BLUE.getIndex());
    link = workbook.createCellStyle();
    link.cloneStyleFrom(text);
    link.setFont(linkFont);

    flag = workbook.createCellStyle();
    flag.cloneStyleFrom(bold);
    flag.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
    flag.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /** The day of the export, as the footer of every printed page gives it. */
  String exportedOn() {
    return exportedOn;
  }

  /** The height of one line in the style's font: a title's row is taller than a table's. */
  float lineHeight(CellStyle style) {
    short points = workbook.getFontAt(style.getFontIndex()).getFontHeightInPoints();
    return Math.max(LINE_HEIGHT, Math.round(points * 1.4f));
  }

  /**
   * Whether a style wraps its text. Asked for every cell, so remembered: POI looks it up in the
   * style's XML each time. Styles are not changed once cells use them.
   */
  boolean wraps(CellStyle style) {
    return wrapping.computeIfAbsent(style, CellStyle::getWrapText);
  }

  private boolean quotePrefixed(CellStyle style) {
    return prefixing.computeIfAbsent(style, CellStyle::getQuotePrefixed);
  }

  /** {@code base} with wrapping and/or a quote prefix added (the same style when neither). */
  CellStyle derive(CellStyle base, boolean wrap, boolean quotePrefix) {
    if ((!wrap || wraps(base)) && (!quotePrefix || quotePrefixed(base))) {
      return base;
    }
    String key = base.getIndex() + ":" + wrap + ":" + quotePrefix;
    return derived.computeIfAbsent(
        key,
        k -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(base);
          style.setWrapText(base.getWrapText() || wrap);
          style.setQuotePrefixed(base.getQuotePrefixed() || quotePrefix);
          return style;
        });
  }

  /**
   * {@code base} indented by {@code levels} steps (Excel's own indent, so the text stays clean).
   */
  CellStyle indented(CellStyle base, int levels) {
    if (levels <= 0) {
      return base;
    }
    int capped = Math.min(levels, 15);
    return derived.computeIfAbsent(
        base.getIndex() + ":indent:" + capped,
        k -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(base);
          style.setIndention((short) capped);
          return style;
        });
  }

  /** {@code base} filled with a colour given as {@code #RRGGBB}; base itself for anything else. */
  CellStyle filled(CellStyle base, String hex) {
    if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
      return base;
    }
    return derived.computeIfAbsent(
        base.getIndex() + ":fill:" + hex.toUpperCase(java.util.Locale.ROOT),
        k -> {
          XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
          style.cloneStyleFrom(base);
          byte[] rgb = {
            (byte) Integer.parseInt(hex.substring(1, 3), 16),
            (byte) Integer.parseInt(hex.substring(3, 5), 16),
            (byte) Integer.parseInt(hex.substring(5, 7), 16)
          };
          style.setFillForegroundColor(new XSSFColor(rgb, null));
          style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          return style;
        });
  }
}
