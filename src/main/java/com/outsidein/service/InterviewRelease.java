package com.outsidein.service;

import com.outsidein.domain.Consent;
import com.outsidein.domain.ExportedObservation;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.Person;
import com.outsidein.domain.Quotes;
import com.outsidein.domain.ReleasedInterview;
import com.outsidein.domain.TextSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The export rules for an interview's texts, inside one transaction: notes leave only if every
 * participant allows notes, a transcript only if every participant also allows quotes, and in what
 * leaves a no-quote speaker's highlighted passages become {@link Quotes#WITHHELD}. Observations
 * leave with their verbatim words withheld as every export does ({@link SpokenWords}).
 */
final class InterviewRelease {

  private final com.outsidein.store.Tx tx;
  private final SpokenWords spoken;
  private final Map<Long, Consent> consents = new HashMap<>();

  InterviewRelease(com.outsidein.store.Tx tx) {
    this.tx = tx;
    this.spoken = new SpokenWords(tx);
  }

  /** Whether the text of this field of the interview may leave the app. */
  boolean releases(long interviewId, InterviewField field) {
    List<Long> participants = tx.interviews().participantIds(interviewId);
    boolean notes = participants.stream().allMatch(id -> consent(id).allowsNotes());
    if (field == InterviewField.NOTES) {
      return notes;
    }
    return notes && participants.stream().allMatch(id -> consent(id).allowsQuotes());
  }

  ReleasedInterview of(long interviewId, String study, String interviewer) {
    Interview interview = tx.interviews().byId(interviewId).orElseThrow();
    List<Long> participants = tx.interviews().participantIds(interviewId);
    List<Observation> observations = tx.observations().ofInterview(interviewId);
    Map<Long, List<Long>> codes = tx.exchange().codeIdsInInterview(interviewId);
    Map<InterviewField, Marks> marks = new EnumMap<>(InterviewField.class);
    Map<InterviewField, String> texts = new EnumMap<>(InterviewField.class);
    int withheld = 0;
    for (InterviewField field : InterviewField.values()) {
      if (!releases(interviewId, field)) {
        texts.put(field, "");
        continue;
      }
      List<TextSpan> spans = new ArrayList<>();
      for (Observation o : observations) {
        Highlight h = o.highlight();
        if (h != null && h.field() == field && h.length() > 0 && !allowsQuotes(o)) {
          spans.add(new TextSpan(h.start(), h.end()));
        }
      }
      String text = interview.text(field);
      Marks m = Marks.of(text.length(), spans);
      withheld += m.count();
      marks.put(field, m);
      texts.put(field, Quotes.replace(text, m.spans(), Quotes.WITHHELD));
    }
    List<ExportedObservation> exported = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      Highlight h = o.highlight();
      Marks m = h == null ? null : marks.get(h.field());
      Highlight passage =
          m == null ? null : new Highlight(h.field(), m.newStart(h.start()), m.newEnd(h.end()));
      exported.add(exported(o, codes.getOrDefault(o.id(), List.of()), passage));
    }
    Interview released =
        new Interview(
            interview.id(),
            interview.studyId(),
            interview.title(),
            interview.heldOn(),
            interview.interviewerId(),
            interview.channelId(),
            interview.journeyStageId(),
            texts.get(InterviewField.NOTES),
            texts.get(InterviewField.TRANSCRIPT),
            interview.importBatchId());
    return new ReleasedInterview(
        released,
        study,
        interviewer,
        participants,
        !marks.containsKey(InterviewField.NOTES) && !interview.notes().isEmpty(),
        !marks.containsKey(InterviewField.TRANSCRIPT) && !interview.transcript().isEmpty(),
        withheld,
        exported);
  }

  /** An observation as it may leave, its passage as given (already moved to the released text). */
  ExportedObservation exported(Observation o, List<Long> codeIds, Highlight passage) {
    boolean allowed = allowsQuotes(o);
    String text = allowed ? o.text() : Quotes.textForExport(o.text(), spoken.in(o), false);
    return new ExportedObservation(
        o.id(),
        o.kind(),
        o.sentiment(),
        o.speakerId(),
        text,
        Quotes.forExport(o.quote(), allowed),
        codeIds,
        passage);
  }

  private boolean allowsQuotes(Observation o) {
    return o.speakerId() == null || spoken.allowsQuotes(o.speakerId());
  }

  private Consent consent(long personId) {
    return consents.computeIfAbsent(
        personId, id -> tx.people().byId(id).map(Person::consent).orElse(Consent.NONE));
  }

  /**
   * The passages of a text that become the withheld mark (merged where they overlap or touch), and
   * where a position of the text lands once they have.
   */
  record Marks(List<TextSpan> spans) {

    static Marks of(int length, List<TextSpan> passages) {
      List<TextSpan> sorted = new ArrayList<>(passages);
      sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
      List<TextSpan> merged = new ArrayList<>();
      for (TextSpan span : sorted) {
        TextSpan clipped =
            new TextSpan(Math.min(span.start(), length), Math.min(span.end(), length));
        TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && clipped.start() <= last.end()) {
          merged.set(
              merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), clipped.end())));
        } else {
          merged.add(clipped);
        }
      }
      return new Marks(List.copyOf(merged));
    }

    int count() {
      return spans.size();
    }

    /** Where a passage starting at {@code at} starts once the marks are in. */
    int newStart(int at) {
      int shift = 0;
      for (TextSpan span : spans) {
        if (at < span.end() && at >= span.start()) {
          return span.start() + shift;
        }
        if (at < span.start()) {
          break;
        }
        shift += Quotes.WITHHELD.length() - (span.end() - span.start());
      }
      return at + shift;
    }

    /** Where a passage ending at {@code at} ends once the marks are in. */
    int newEnd(int at) {
      int shift = 0;
      for (TextSpan span : spans) {
        if (at > span.start() && at <= span.end()) {
          return span.start() + shift + Quotes.WITHHELD.length();
        }
        if (at <= span.start()) {
          break;
        }
        shift += Quotes.WITHHELD.length() - (span.end() - span.start());
      }
      return at + shift;
    }
  }
}
