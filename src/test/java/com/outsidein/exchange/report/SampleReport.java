package com.outsidein.exchange.report;

import com.outsidein.TestThreads;
import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sample workspace and its report of every study, as a new user makes them. */
final class SampleReport implements AutoCloseable {

  /** The sheets that are one table under a header row 0. */
  static final List<String> TABLE_SHEETS =
      List.of(
          ReportSheets.INTERVIEWS,
          ReportSheets.OBSERVATIONS,
          ReportSheets.CODEBOOK,
          ReportSheets.CODE_BY_SEGMENT,
          ReportSheets.CODE_BY_JOURNEY_STAGE,
          ReportSheets.SAY_DO,
          ReportSheets.INSIGHTS,
          ReportSheets.PEOPLE);

  final WorkspaceSession session;
  final Path file;
  final XSSFWorkbook workbook;

  private SampleReport(WorkspaceSession session, Path file, XSSFWorkbook workbook) {
    this.session = session;
    this.file = file;
    this.workbook = workbook;
  }

  /** Builds the sample in {@code folder} and writes its report of every study there. */
  static SampleReport write(Path folder) throws IOException {
    WorkspaceSession session = SampleWorkspace.build(folder.resolve("sample"));
    Path file = folder.resolve("sample-report.xlsx");
    new ReportWriter(session, TestThreads.HELPERS).write(null, file);
    return new SampleReport(session, file, Workbooks.open(file));
  }

  Sheet sheet(String name) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      throw new AssertionError("no sheet " + name + " in " + Workbooks.sheetNames(workbook));
    }
    return sheet;
  }

  /** The sheets made for canvases. */
  List<Sheet> canvasSheets() {
    return Workbooks.sheetNames(workbook).stream()
        .filter(n -> n.startsWith("Canvas"))
        .map(workbook::getSheet)
        .map(Sheet.class::cast)
        .toList();
  }

  /** The cell in a table sheet's row under the header naming its column. */
  static Cell cell(Row row, Sheet sheet, String header) {
    List<String> headers = Workbooks.row(sheet, 0);
    int column = headers.indexOf(header);
    if (column < 0) {
      throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }
    return row.getCell(column);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
    session.close();
  }
}
