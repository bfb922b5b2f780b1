package com.outsidein.exchange.refi;

import com.outsidein.domain.ExportedObservation;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.ReleasedInterview;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes an interview's notes and transcript as two {@code TextSource}s: the text in a file under
 * {@code sources/} (or an empty {@code PlainTextContent} when it is held back), its highlighted
 * passages as {@code PlainTextSelection}s in code points over the LF text with their codes as
 * {@code Coding}s and a {@code NoteRef} to the observation, and the variables that join both
 * sources back into one interview.
 */
final class SourceXml {

  private final XmlOut xml;
  private final Guids guids;
  private final Set<Long> codeIds;
  private final Counts counts;

  SourceXml(XmlOut xml, Guids guids, Set<Long> codeIds, Counts counts) {
    this.xml = xml;
    this.guids = guids;
    this.codeIds = codeIds;
    this.counts = counts;
  }

  /** The file name of a source's text inside the zip. */
  static String fileName(Guids guids, long interviewId, InterviewField field) {
    return guids.source(interviewId, fieldName(field)) + ".txt";
  }

  static String fieldName(InterviewField field) {
    return field == InterviewField.NOTES ? Qda.NOTES_TEXT : Qda.TRANSCRIPT_TEXT;
  }

  void write(ReleasedInterview released) {
    for (InterviewField field : InterviewField.values()) {
      write(released, field);
    }
  }

  private void write(ReleasedInterview released, InterviewField field) {
    long id = released.interview().id();
    String title = released.interview().title();
    Long interviewer = released.interview().interviewerId();
    String text = released.interview().text(field);
    boolean heldBack = released.heldBack(field);
    xml.start("TextSource")
        .attr("guid", guids.source(id, fieldName(field)))
        .attr("name", title + " — " + fieldName(field))
        .attr("plainTextPath", heldBack ? null : Qda.INTERNAL + fileName(guids, id, field))
        .attr("creatingUser", interviewer == null ? null : guids.user(interviewer));
    if (heldBack) {
      xml.textElement("PlainTextContent", "");
    }
    counts.sources++;
    int[] codePoints = PlainText.codePointPositions(text);
    List<ExportedObservation> passages =
        released.observations().stream()
            .filter(o -> o.passage() != null && o.passage().field() == field)
            .sorted(Comparator.comparingInt(o -> o.passage().start()))
            .toList();
    for (ExportedObservation o : passages) {
      int start = codePoints[Math.min(o.passage().start(), text.length())];
      int end = codePoints[Math.min(o.passage().end(), text.length())];
      xml.start("PlainTextSelection")
          .attr("guid", guids.selection(o.id()))
          .attr("name", NoteXml.shortName(o.text()))
          .attr("startPosition", start)
          .attr("endPosition", end);
      codings(o);
      xml.ref("NoteRef", guids.observationNote(o.id()));
      xml.end();
      counts.selections++;
    }
    if (field == InterviewField.NOTES) {
      for (ExportedObservation o : released.observations()) {
        if (o.passage() == null) {
          xml.ref("NoteRef", guids.observationNote(o.id()));
        }
      }
    }
    variable(Qda.INTERVIEW, guids.interview(id));
    variable(Qda.TEXT, fieldName(field));
    variable(Qda.INTERVIEW_TITLE, title);
    variable(Qda.STUDY, released.study());
    if (released.interview().heldOn() != null) {
      xml.start("VariableValue").ref("VariableRef", guids.variable(Qda.INTERVIEW_DATE));
      xml.textElement("DateValue", released.interview().heldOn().toString()).end();
    }
    xml.end();
  }

  /** The observation's codes as {@code Coding}s (codes no longer in the codebook left out). */
  void codings(ExportedObservation o) {
    for (long codeId : o.codeIds()) {
      if (codeIds.contains(codeId)) {
        xml.start("Coding").attr("guid", guids.coding(o.id(), codeId));
        xml.ref("CodeRef", guids.code(codeId)).end();
        counts.codings++;
      }
    }
  }

  private void variable(String name, String value) {
    VariableXml.text(xml, guids, name, value);
  }
}
