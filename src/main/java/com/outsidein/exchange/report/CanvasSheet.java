package com.outsidein.exchange.report;

import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.domain.ReportCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One canvas: Think, Plan and Do side by side as three column groups, then the manifesto. Each
 * entry takes a row per piece of evidence it cites; citations link to their rows on the Insights or
 * Observations sheet. Its frozen versions follow below.
 */
final class CanvasSheet {

  private static final int THINK = 0;
  private static final int PLAN = 4;
  private static final int DO = 14;
  private static final int MANIFESTO = 21;
  private static final int SPACER_WIDTH = 2 * 256;

  private final SheetWriter out;
  private final RowIndex observations;
  private final Map<Long, Integer> insights;
  private final String observationSheet;
  private final String insightSheet;

  private CanvasSheet(
      SheetWriter out,
      RowIndex observations,
      Map<Long, Integer> insights,
      String observationSheet,
      String insightSheet) {
    this.out = out;
    this.observations = observations;
    this.insights = insights;
    this.observationSheet = observationSheet;
    this.insightSheet = insightSheet;
  }

  static void write(
      SheetWriter out,
      ReportCanvas canvas,
      RowIndex observations,
      Map<Long, Integer> insights,
      String observationSheet,
      String insightSheet) {
    new CanvasSheet(out, observations, insights, observationSheet, insightSheet).write(canvas);
  }

  private void write(ReportCanvas canvas) {
    Styles styles = out.styles();
    out.heading(out.row(), 0, canvas.canvas().title(), styles.title);
    out.heading(
        out.row(),
        0,
        ReportText.get(
            "canvas.subtitle",
            canvas.scope() == null ? ReportText.get("canvas.allStudies") : canvas.scope(),
            canvas.owner() == null ? ReportText.get("canvas.noOwner") : canvas.owner(),
            ReportText.of(canvas.canvas().status())),
        styles.subtitle);
    out.skipRow();

    List<String> think =
        List.of(text("canvas.prompt"), text("canvas.answer"), text("canvas.cites"));
    List<String> plan =
        List.of(
            text("canvas.prompt"),
            text("canvas.answer"),
            text("canvas.objective"),
            text("canvas.measure"),
            text("canvas.target"),
            text("canvas.horizon"),
            text("canvas.cost"),
            text("canvas.owner"),
            text("canvas.cites"));
    List<String> doing =
        List.of(
            text("canvas.prompt"),
            text("canvas.answer"),
            text("canvas.cadence"),
            text("canvas.owner"),
            text("canvas.progress"),
            text("canvas.cites"));
    List<String> manifesto = List.of(text("canvas.commitment"));

    Row groups = out.row();
    group(groups, THINK, think.size(), ReportText.of(CanvasSection.THINK));
    group(groups, PLAN, plan.size(), ReportText.of(CanvasSection.PLAN));
    group(groups, DO, doing.size(), ReportText.of(CanvasSection.DO));
    group(groups, MANIFESTO, manifesto.size(), text("canvas.manifesto"));
    Row headers = out.row();
    headers(headers, THINK, think);
    headers(headers, PLAN, plan);
    headers(headers, DO, doing);
    headers(headers, MANIFESTO, manifesto);
    for (int column : new int[] {PLAN - 1, DO - 1, MANIFESTO - 1}) {
      out.sheet().setColumnWidth(column, SPACER_WIDTH);
    }
    for (int column : new int[] {THINK, PLAN, DO}) {
      out.maxWidth(column, 30);
      out.maxWidth(column + 1, 50);
    }
    out.maxWidth(THINK + 2, Evidence.MAX_LENGTH);
    out.maxWidth(PLAN + 8, Evidence.MAX_LENGTH);
    out.maxWidth(DO + 5, Evidence.MAX_LENGTH);
    out.maxWidth(MANIFESTO, 40);
    out.sheet().createFreezePane(0, out.nextRow());

    List<List<Consumer<Row>>> columns = new ArrayList<>();
    columns.add(lines(canvas, CanvasSection.THINK));
    columns.add(lines(canvas, CanvasSection.PLAN));
    columns.add(lines(canvas, CanvasSection.DO));
    List<Consumer<Row>> commitments = new ArrayList<>();
    for (ManifestoItem item : canvas.manifesto()) {
      commitments.add(row -> out.text(row, MANIFESTO, item.text()));
    }
    columns.add(commitments);
    int rows = columns.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < rows; i++) {
      Row row = out.row();
      for (List<Consumer<Row>> lines : columns) {
        if (i < lines.size()) {
          lines.get(i).accept(row);
        }
      }
    }
    versions(canvas);
    out.finish();
    for (int column : new int[] {PLAN - 1, DO - 1, MANIFESTO - 1}) {
      out.sheet().setColumnWidth(column, SPACER_WIDTH);
    }
  }

  /** The rows of one section: per entry its details, then one row per further citation. */
  private List<Consumer<Row>> lines(ReportCanvas canvas, CanvasSection section) {
    List<Consumer<Row>> lines = new ArrayList<>();
    int first = section == CanvasSection.THINK ? THINK : section == CanvasSection.PLAN ? PLAN : DO;
    int cites =
        first + (section == CanvasSection.THINK ? 2 : section == CanvasSection.PLAN ? 8 : 5);
    Long previousPrompt = null;
    for (ReportCanvas.Entry entry : canvas.entries()) {
      if (entry.prompt().section() != section) {
        continue;
      }
      boolean samePrompt = previousPrompt != null && previousPrompt == entry.prompt().id();
      previousPrompt = entry.prompt().id();
      CanvasEntry e = entry.entry();
      List<ReportCanvas.Citation> citations = entry.citations();
      lines.add(
          row -> {
            if (!samePrompt) {
              out.text(row, first, entry.prompt().text(), out.styles().bold);
            }
            if (e != null) {
              out.text(row, first + 1, e.answer());
              details(row, section, first, e, entry.owner());
            }
            if (!citations.isEmpty()) {
              cite(row, cites, citations.get(0));
            }
          });
      for (int i = 1; i < citations.size(); i++) {
        ReportCanvas.Citation citation = citations.get(i);
        lines.add(row -> cite(row, cites, citation));
      }
    }
    return lines;
  }

  /**
   * Below the canvas, its frozen versions newest first: per version a heading, then a row per entry
   * with its section and prompt, its answer and what it cited, one citation a line.
   */
  private void versions(ReportCanvas canvas) {
    if (canvas.versions().isEmpty()) {
      return;
    }
    out.skipRow();
    out.heading(out.row(), THINK, text("canvas.versions"), out.styles().section);
    for (ReportCanvas.FrozenVersion version : canvas.versions()) {
      out.heading(
          out.row(),
          THINK,
          ReportText.get(
              "canvas.version",
              version.version().label(),
              version.version().frozenAt().toLocalDate().toString()),
          out.styles().bold);
      headers(
          out.row(),
          THINK,
          List.of(text("canvas.prompt"), text("canvas.answer"), text("canvas.cites")));
      for (FrozenEntry entry : version.entries()) {
        Row row = out.row();
        out.text(row, THINK, ReportText.of(entry.section()) + ": " + entry.prompt());
        String details = entry.details();
        out.text(
            row, THINK + 1, details.isEmpty() ? entry.answer() : entry.answer() + "\n" + details);
        out.text(row, THINK + 2, String.join("\n", entry.citationTexts()));
      }
    }
  }

  private void details(Row row, CanvasSection section, int first, CanvasEntry e, String owner) {
    if (section == CanvasSection.PLAN) {
      out.text(row, first + 2, e.objective());
      out.text(row, first + 3, e.measure());
      out.text(row, first + 4, e.target());
      out.text(row, first + 5, ReportText.of(e.horizon()));
      out.text(row, first + 6, e.cost());
      out.text(row, first + 7, owner);
    } else if (section == CanvasSection.DO) {
      out.text(row, first + 2, e.cadence());
      out.text(row, first + 3, owner);
      out.text(row, first + 4, ReportText.of(e.progress()));
    }
  }

  private void cite(Row row, int column, ReportCanvas.Citation citation) {
    if (citation.target().kind() == CitationTarget.Kind.INSIGHT) {
      String label = Evidence.insight(citation.insightTitle());
      Integer target = insights.get(citation.target().id());
      if (target == null) {
        out.text(row, column, ReportText.get("canvas.notInReport", label));
      } else {
        out.link(row, column, label, SheetWriter.address(insightSheet, target, 0));
      }
    } else {
      String label = Evidence.label(citation.observation());
      int target = observations.rowOf(citation.target().id());
      if (target < 0) {
        out.text(row, column, ReportText.get("canvas.notInReport", label));
      } else {
        out.link(row, column, label, SheetWriter.address(observationSheet, target, 0));
      }
    }
  }

  private void group(Row row, int first, int columns, String title) {
    for (int i = 0; i < columns; i++) {
      out.text(row, first + i, i == 0 ? title : " ", out.styles().header);
    }
    if (columns > 1) {
      out.sheet()
          .addMergedRegion(
              new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + columns - 1));
    }
  }

  private void headers(Row row, int first, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      out.text(row, first + i, names.get(i), out.styles().header);
    }
  }

  private static String text(String key) {
    return ReportText.get(key);
  }
}
