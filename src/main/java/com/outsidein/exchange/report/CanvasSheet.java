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
import org.apache.poi.ss.usermodel.Row;

/**
 * One canvas read top to bottom as the canvas reads: the manifesto, then Think, Plan and Do one
 * after the other in six columns (prompt, answer, a detail's label and value, evidence link and
 * cited text). Each prompt comes with its answers; a Plan or Do answer's details (objective,
 * measure, target, horizon, cost, owner; cadence, owner, status) are labelled fields on the lines
 * below it; each citation is a link to its row on the Insights or Observations sheet beside the
 * cited text. Its frozen versions follow below.
 */
final class CanvasSheet {

  static final int PROMPT = 0;
  static final int ANSWER = 1;
  static final int LABEL = 2;
  static final int VALUE = 3;
  static final int EVIDENCE = 4;
  static final int CITED = 5;
  static final int LAST = CITED;

  /** How much of a cited text a citation shows. */
  static final int CITED_TEXT = 240;

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
    out.fixWidth(PROMPT, 22);
    out.fixWidth(ANSWER, 36);
    out.fixWidth(LABEL, 10);
    out.fixWidth(VALUE, 22);
    out.fixWidth(EVIDENCE, 10);
    out.fixWidth(CITED, 40);
    out.heading(out.row(), PROMPT, canvas.canvas().title(), styles.title);
    out.paragraph(
        out.row(),
        PROMPT,
        ReportText.get(
            "canvas.subtitle",
            canvas.scope() == null ? ReportText.get("canvas.allStudies") : canvas.scope(),
            canvas.owner() == null ? ReportText.get("canvas.noOwner") : canvas.owner(),
            ReportText.of(canvas.canvas().status())),
        LAST,
        styles.subtitle);

    if (!canvas.manifesto().isEmpty()) {
      out.skipRow();
      section(text("canvas.manifesto"));
      for (ManifestoItem item : canvas.manifesto()) {
        out.paragraph(out.row(), PROMPT, "• " + item.text(), LAST, styles.text);
      }
    }
    out.skipRow();
    int header =
        out.header(
            List.of(
                text("canvas.prompt"),
                text("canvas.answer"),
                text("canvas.detail"),
                " ",
                text("canvas.cites"),
                " "));
    out.merge(out.sheet().getRow(header), LABEL, VALUE);
    out.merge(out.sheet().getRow(header), EVIDENCE, CITED);
    out.sheet().createFreezePane(0, header + 1);
    out.sheet()
        .setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(header, header, -1, -1));

    for (CanvasSection section : CanvasSection.values()) {
      section(ReportText.of(section));
      section(canvas, section);
    }
    versions(canvas);
    out.finish();
  }

  /** A section's heading across the sheet's columns. */
  private void section(String title) {
    Row row = out.row();
    for (int column = PROMPT; column <= LAST; column++) {
      out.text(row, column, column == PROMPT ? title : " ", out.styles().sectionBand);
    }
    out.merge(row, PROMPT, LAST);
    row.setHeightInPoints(out.styles().lineHeight(out.styles().sectionBand));
  }

  /** The lines of one section: per entry its prompt and answer, then details and citations. */
  private void section(ReportCanvas canvas, CanvasSection section) {
    Long previousPrompt = null;
    for (ReportCanvas.Entry entry : canvas.entries()) {
      if (entry.prompt().section() != section) {
        continue;
      }
      boolean samePrompt = previousPrompt != null && previousPrompt == entry.prompt().id();
      previousPrompt = entry.prompt().id();
      CanvasEntry e = entry.entry();
      List<String[]> details = e == null ? List.of() : details(section, e, entry.owner());
      List<ReportCanvas.Citation> citations = entry.citations();
      int lines = Math.max(1, Math.max(details.size(), citations.size()));
      for (int i = 0; i < lines; i++) {
        Row row = out.row();
        if (i == 0) {
          if (!samePrompt) {
            out.text(row, PROMPT, entry.prompt().text(), out.styles().bold);
          }
          if (e != null) {
            out.text(row, ANSWER, e.answer());
          }
        }
        if (i < details.size()) {
          out.text(row, LABEL, details.get(i)[0], out.styles().label);
          out.text(row, VALUE, details.get(i)[1]);
        }
        if (i < citations.size()) {
          cite(row, citations.get(i));
        }
      }
    }
  }

  /** The labelled details of a Plan or Do answer that are filled in. */
  private static List<String[]> details(CanvasSection section, CanvasEntry e, String owner) {
    List<String[]> details = new ArrayList<>();
    if (section == CanvasSection.PLAN) {
      add(details, "canvas.objective", e.objective());
      add(details, "canvas.measure", e.measure());
      add(details, "canvas.target", e.target());
      add(details, "canvas.horizon", e.horizon() == null ? null : ReportText.of(e.horizon()));
      add(details, "canvas.cost", e.cost());
      add(details, "canvas.owner", owner);
    } else if (section == CanvasSection.DO) {
      add(details, "canvas.cadence", e.cadence());
      add(details, "canvas.owner", owner);
      add(details, "canvas.progress", e.progress() == null ? null : ReportText.of(e.progress()));
    }
    return details;
  }

  private static void add(List<String[]> details, String key, String value) {
    if (value != null && !value.isBlank()) {
      details.add(new String[] {ReportText.get(key), value});
    }
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
    section(text("canvas.versions"));
    for (ReportCanvas.FrozenVersion version : canvas.versions()) {
      out.heading(
          out.row(),
          PROMPT,
          ReportText.get(
              "canvas.version",
              version.version().label(),
              version.version().frozenAt().toLocalDate().toString()),
          out.styles().bold);
      for (FrozenEntry entry : version.entries()) {
        Row row = out.row();
        out.text(row, PROMPT, ReportText.of(entry.section()) + ": " + entry.prompt());
        String details = entry.details();
        out.text(row, ANSWER, details.isEmpty() ? entry.answer() : entry.answer() + "\n" + details);
        out.paragraph(
            row, LABEL, String.join("\n", entry.citationTexts()), LAST, out.styles().text);
      }
    }
  }

  /**
   * A citation: a short link to its row on the Insights or Observations sheet (spreadsheet programs
   * do not wrap linked cells), and beside it the cited text, wrapped.
   */
  private void cite(Row row, ReportCanvas.Citation citation) {
    String link;
    String cited;
    String address = null;
    if (citation.target().kind() == CitationTarget.Kind.INSIGHT) {
      link = text("canvas.insightLink");
      cited = Evidence.insight(citation.insightTitle(), CITED_TEXT);
      Integer target = insights.get(citation.target().id());
      if (target != null) {
        address = SheetWriter.address(insightSheet, target, 0);
      }
    } else {
      String label = Evidence.label(citation.observation(), CITED_TEXT);
      link = label.substring(0, label.indexOf(' '));
      cited = label.substring(label.indexOf(' ') + 1);
      int target = observations.rowOf(citation.target().id());
      if (target >= 0) {
        address = SheetWriter.address(observationSheet, target, 0);
      }
    }
    if (address == null) {
      out.text(row, EVIDENCE, link);
      out.text(row, CITED, ReportText.get("canvas.notInReport", cited));
    } else {
      out.link(row, EVIDENCE, link, address);
      out.text(row, CITED, cited);
    }
  }

  private static String text(String key) {
    return ReportText.get(key);
  }
}
