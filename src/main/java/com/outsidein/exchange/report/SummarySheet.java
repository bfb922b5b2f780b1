package com.outsidein.exchange.report;

import com.outsidein.domain.ReportCode;
import com.outsidein.domain.ReportCounts;
import com.outsidein.domain.StudySummary;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first sheet: the studies with their questions and dates, what the report counts, the top
 * codes and a bar chart of them. Written to a plain XSSF sheet, because a chart does not survive
 * streaming, and last, because it counts what the other sheets hold.
 */
final class SummarySheet {

  /** How many codes the top list and its chart show. */
  static final int TOP_CODES = 15;

  private static final int CHART_FIRST_COLUMN = 3;
  private static final int CHART_WIDTH = 70;
  private static final int CHART_MIN_ROWS = 22;

  private SummarySheet() {}

  static void write(
      XSSFSheet sheet,
      Styles styles,
      String title,
      String subtitle,
      List<StudySummary> studies,
      ReportCounts counts,
      List<ReportCode> codes) {
    SheetWriter out = new SheetWriter(sheet, styles);
    out.maxWidth(0, 30);
    out.maxWidth(2, 18);
    out.maxWidth(3, 16);
    out.maxWidth(8, 44);
    out.heading(out.row(), 0, title, styles.title);
    out.heading(out.row(), 0, subtitle, styles.subtitle);
    out.skipRow();

    out.heading(out.row(), 0, ReportText.get("summary.studies"), styles.section);
    if (studies.isEmpty()) {
      out.text(out.row(), 0, ReportText.get("summary.noStudies"));
    } else {
      out.header(
          List.of(
              ReportText.get("summary.study"),
              ReportText.get("summary.status"),
              ReportText.get("summary.method"),
              ReportText.get("summary.owner"),
              ReportText.get("summary.starts"),
              ReportText.get("summary.ends"),
              ReportText.get("summary.interviews"),
              ReportText.get("summary.observations"),
              ReportText.get("summary.questions")),
          4,
          5,
          6,
          7);
      for (StudySummary s : studies) {
        Row row = out.row();
        out.text(row, 0, s.study().title(), styles.bold);
        out.text(row, 1, ReportText.of(s.study().status()));
        out.text(row, 2, s.study().method());
        out.text(row, 3, s.owner());
        out.date(row, 4, s.study().startsOn());
        out.date(row, 5, s.study().endsOn());
        out.number(row, 6, s.interviews());
        out.number(row, 7, s.observations());
        out.text(row, 8, s.study().researchQuestions());
      }
    }
    out.skipRow();

    int chartTop = out.nextRow();
    // On paper the counts, the top codes and their chart start a page together: the chart is never
    // cut in two.
    sheet.setRowBreak(chartTop - 1);
    out.heading(out.row(), 0, ReportText.get("summary.counts"), styles.section);
    count(out, "summary.count.interviews", counts.interviews());
    count(out, "summary.count.observations", counts.observations());
    count(out, "summary.count.people", counts.people());
    count(out, "summary.count.accounts", counts.accounts());
    count(out, "summary.count.codes", counts.codesUsed());
    count(out, "summary.count.insights", counts.insights());
    count(out, "summary.count.canvases", counts.canvases());
    count(out, "summary.count.withheld", counts.withheldQuotes());
    out.skipRow();

    out.heading(out.row(), 0, ReportText.get("summary.topCodes"), styles.section);
    List<ReportCode> top =
        codes.stream()
            .filter(c -> c.observations() > 0)
            .sorted(
                Comparator.comparingInt(ReportCode::observations)
                    .reversed()
                    .thenComparing(ReportCode::path, String.CASE_INSENSITIVE_ORDER))
            .limit(TOP_CODES)
            .toList();
    if (top.isEmpty()) {
      out.text(out.row(), 0, ReportText.get("summary.noCodes"));
      out.finish();
      return;
    }
    out.header(
        List.of(
            ReportText.get("summary.code"),
            ReportText.get("summary.codeCount"),
            ReportText.get("summary.codeWithin")),
        1,
        2);
    int first = out.nextRow();
    for (ReportCode code : top) {
      Row row = out.row();
      out.text(row, 0, code.path());
      out.number(row, 1, code.observations());
      out.number(row, 2, code.observationsWithin());
    }
    int last = out.nextRow() - 1;
    out.finish();
    chart(sheet, top.size(), first, last, chartTop);
  }

  private static void count(SheetWriter out, String key, int value) {
    Row row = out.row();
    out.text(row, 0, ReportText.get(key), out.styles().label);
    out.number(row, 1, value);
  }

  private static void chart(XSSFSheet sheet, int size, int first, int last, int top) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int bottom = Math.max(top + CHART_MIN_ROWS, last + 1);
    int right = CHART_FIRST_COLUMN;
    for (int width = 0; width < CHART_WIDTH * 256; right++) {
      width += sheet.getColumnWidth(right);
    }
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, top, right, bottom);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(ReportText.get("summary.chart", size));
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
    categories.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    values.setCrosses(AxisCrosses.MAX);
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
    XDDFNumericalDataSource<Double> counts =
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    data.setGapWidth(60);
    XDDFChartData.Series series = data.addSeries(names, counts);
    series.setTitle(ReportText.get("summary.codeCount"), null);
    series.setFillProperties(
        new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x1F, 0x6F, (byte) 0xB2})));
    chart.plot(data);
  }
}
