package com.outsidein.exchange.refi;

import com.outsidein.domain.Code;
import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.ExportedObservation;
import com.outsidein.domain.ReportInsight;
import java.util.Set;

/**
 * Writes the project's {@code Notes}: code memos, every observation (the text and the kind of one
 * with a passage, and one without a passage whole, with its codes, so nothing is silently dropped),
 * and insights with their evidence. The {@code Notes} element is opened with the first note.
 */
final class NoteXml {

  private static final int NAME_LENGTH = 60;

  private final XmlOut xml;
  private final Guids guids;
  private final SourceXml codings;
  private final Set<Long> caseIds;
  private final Counts counts;
  private boolean open;

  NoteXml(XmlOut xml, Guids guids, SourceXml codings, Set<Long> caseIds, Counts counts) {
    this.xml = xml;
    this.guids = guids;
    this.codings = codings;
    this.caseIds = caseIds;
    this.counts = counts;
  }

  void codeMemo(Code code) {
    start(guids.codeMemo(code.id()), "Memo: " + code.name());
    xml.textElement("PlainTextContent", code.memo());
    xml.end();
  }

  /** An observation; one with a passage is coded on its selection, one without here. */
  void observation(ExportedObservation o) {
    start(guids.observationNote(o.id()), shortName(o.text()));
    xml.textElement("PlainTextContent", o.text());
    if (o.passage() == null) {
      codings.codings(o);
    }
    VariableXml.text(xml, guids, Qda.KIND, o.kind().code());
    VariableXml.text(xml, guids, Qda.QUOTE, o.quote());
    VariableXml.integer(xml, guids, Qda.SENTIMENT, o.sentiment());
    if (o.passage() == null && o.speakerId() != null && caseIds.contains(o.speakerId())) {
      VariableXml.text(xml, guids, Qda.SPEAKER, guids.personCase(o.speakerId()));
    }
    xml.end();
  }

  void insight(ReportInsight insight) {
    StringBuilder text = new StringBuilder(insight.insight().statement());
    if (!insight.evidence().isEmpty()) {
      text.append(text.isEmpty() ? "" : "\n\n").append("Evidence:");
      for (EvidenceItem item : insight.evidence()) {
        text.append("\n- ").append(item.exportedText());
        String quote = item.exportedQuote();
        if (!quote.isEmpty()) {
          text.append(" “").append(quote).append('”');
        }
      }
    }
    start(guids.insightNote(insight.insight().id()), insight.insight().title());
    xml.textElement("PlainTextContent", text.toString());
    VariableXml.text(xml, guids, Qda.INSIGHT, insight.insight().facet().name());
    xml.end();
  }

  /** Closes {@code Notes} if a note was written. */
  void finish() {
    if (open) {
      xml.end();
    }
  }

  private void start(String guid, String name) {
    if (!open) {
      xml.start("Notes");
      open = true;
    }
    xml.start("Note").attr("guid", guid).attr("name", name);
    counts.notes++;
  }

  /** The first line of a text, cut to a length a list can show. */
  static String shortName(String text) {
    if (text == null) {
      return null;
    }
    String line = text.strip();
    int end = line.indexOf('\n');
    if (end >= 0) {
      line = line.substring(0, end).strip();
    }
    if (line.length() > NAME_LENGTH) {
      int cut = NAME_LENGTH;
      if (Character.isLowSurrogate(line.charAt(cut))) {
        cut--;
      }
      line = line.substring(0, cut) + "…";
    }
    return line;
  }
}
