package com.outsidein.exchange.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written report back in tests. */
final class Workbooks {

  private Workbooks() {}

  static XSSFWorkbook open(Path file) throws IOException {
    try (var in = java.nio.file.Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  static List<String> row(Sheet sheet, int index) {
    List<String> values = new ArrayList<>();
    Row row = sheet.getRow(index);
    if (row == null) {
      return values;
    }
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      values.add(cell == null ? "" : text(cell));
    }
    return values;
  }

  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> {
        double value = cell.getNumericCellValue();
        yield value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
      }
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /** The rows below the header row 0 that have any cell. */
  static int dataRows(Sheet sheet) {
    int count = 0;
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getPhysicalNumberOfCells() > 0) {
        count++;
      }
    }
    return count;
  }

  /** The row on the Observations sheet holding an observation id in column A, or null. */
  static Row observationRow(Workbook workbook, long id) {
    Sheet sheet = workbook.getSheet(ReportSheets.OBSERVATIONS);
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (row.getRowNum() > 0 && cell != null && cell.getNumericCellValue() == id) {
        return row;
      }
    }
    return null;
  }

  /** Every cell of the workbook. */
  static List<Cell> cells(Workbook workbook) {
    List<Cell> cells = new ArrayList<>();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        row.forEach(cells::add);
      }
    }
    return cells;
  }

  /** Every hyperlink of the workbook, with the cell that holds it. */
  static List<Cell> linkedCells(Workbook workbook) {
    return cells(workbook).stream().filter(c -> c.getHyperlink() != null).toList();
  }

  /** The cell a document hyperlink points at; fails when the sheet or row does not exist. */
  static Cell target(Workbook workbook, Hyperlink link) {
    CellReference ref = new CellReference(link.getAddress());
    Sheet sheet = workbook.getSheet(ref.getSheetName());
    if (sheet == null) {
      throw new AssertionError("no sheet " + ref.getSheetName() + " for " + link.getAddress());
    }
    Row row = sheet.getRow(ref.getRow());
    if (row == null) {
      throw new AssertionError("no row for " + link.getAddress());
    }
    return row.getCell(ref.getCol());
  }

  static boolean isText(Cell cell) {
    return cell.getCellType() == CellType.STRING;
  }
}
