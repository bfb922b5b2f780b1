package com.outsidein.exchange.report;

import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.ReportInsight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * One row per insight with its facet, stage, confidence and evidence count, then one column per
 * piece of evidence, each a link to its row on the Observations sheet.
 */
final class InsightsSheet {

  /** At most this many evidence links per insight; the count column always has them all. */
  static final int MAX_EVIDENCE_COLUMNS = 200;

  private static final int FIRST_EVIDENCE_COLUMN = 10;

  private InsightsSheet() {}

  /** Writes the sheet and returns the row of each insight. */
  static Map<Long, Integer> write(
      SheetWriter out,
      List<ReportInsight> insights,
      RowIndex observations,
      String observationSheet) {
    int evidenceColumns =
        Math.min(
            MAX_EVIDENCE_COLUMNS,
            insights.stream().mapToInt(i -> i.evidence().size()).max().orElse(0));
    List<String> names =
        new ArrayList<>(
            List.of(
                ReportText.get("insights.title"),
                ReportText.get("insights.statement"),
                ReportText.get("insights.facet"),
                ReportText.get("insights.stage"),
                ReportText.get("insights.confidence"),
                ReportText.get("insights.impact"),
                ReportText.get("insights.status"),
                ReportText.get("insights.evidence"),
                ReportText.get("insights.people"),
                ReportText.get("insights.accounts")));
    for (int i = 1; i <= evidenceColumns; i++) {
      names.add(ReportText.get("insights.evidenceItem", i));
    }
    int header = out.header(names, 7, 8, 9);
    out.maxWidth(0, 28);
    out.maxWidth(1, 44);
    out.maxWidth(2, 20);
    for (int i = 0; i < evidenceColumns; i++) {
      out.maxWidth(FIRST_EVIDENCE_COLUMN + i, Evidence.MAX_LENGTH);
    }
    Map<Long, Integer> rows = new HashMap<>();
    Styles styles = out.styles();
    for (ReportInsight insight : insights) {
      Row row = out.row();
      rows.put(insight.insight().id(), row.getRowNum());
      out.text(row, 0, insight.insight().title(), styles.bold);
      out.text(row, 1, insight.insight().statement());
      out.text(row, 2, ReportText.of(insight.insight().facet()));
      out.text(row, 3, ReportText.of(insight.insight().knowledgeStage()));
      out.text(row, 4, ReportText.of(insight.insight().confidence()));
      out.text(row, 5, ReportText.of(insight.insight().impact()));
      out.text(row, 6, ReportText.of(insight.insight().status()));
      // As the insight board counts it (one definition: the insight's summary).
      out.number(row, 7, insight.summary().evidence());
      out.number(row, 8, insight.summary().people());
      out.number(row, 9, insight.summary().accounts());
      List<EvidenceItem> evidence = insight.evidence();
      for (int i = 0; i < Math.min(evidenceColumns, evidence.size()); i++) {
        EvidenceItem item = evidence.get(i);
        int target = observations.rowOf(item.observationId());
        String label = Evidence.label(item);
        if (target < 0) {
          out.text(row, FIRST_EVIDENCE_COLUMN + i, ReportText.get("canvas.notInReport", label));
        } else {
          out.link(
              row,
              FIRST_EVIDENCE_COLUMN + i,
              label,
              SheetWriter.address(observationSheet, target, 0));
        }
      }
    }
    out.table(header, names.size() - 1);
    // On paper the evidence is counted; its links are for the screen.
    out.printColumns(0, FIRST_EVIDENCE_COLUMN - 1);
    out.finish();
    return rows;
  }
}
