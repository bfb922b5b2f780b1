package com.outsidein.service;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.TextSpan;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the verbatim words of observations ({@link Verbatim}) inside one transaction, reading each
 * interview's notes and transcript once.
 */
final class SpokenWords {

  private final Tx tx;
  private final Map<Long, List<Verbatim.Said>> said = new HashMap<>();
  private final Map<Long, Boolean> allowsQuotes = new HashMap<>();

  SpokenWords(Tx tx) {
    this.tx = tx;
  }

  List<TextSpan> in(Observation o) {
    return in(o.text(), o.quote(), o.highlight() != null, o.interviewId());
  }

  List<TextSpan> in(String text, String quote, boolean fromPassage, Long interviewId) {
    if (fromPassage) {
      return Verbatim.spans(text, quote, true, List.of());
    }
    List<Verbatim.Said> sources =
        interviewId == null ? List.of() : said.computeIfAbsent(interviewId, this::read);
    return Verbatim.spans(text, quote, false, sources);
  }

  /** The verbatim words of the observation with this id; none when it no longer exists. */
  List<TextSpan> ofObservation(long observationId) {
    return tx.observations().byId(observationId).map(this::in).orElse(List.of());
  }

  /** Whether the person allows quotes today; someone no longer there allows nothing. */
  boolean allowsQuotes(long personId) {
    return allowsQuotes.computeIfAbsent(
        personId,
        id ->
            tx.people()
                .byId(id)
                .map(p -> p.consent() != null && p.consent().allowsQuotes())
                .orElse(false));
  }

  /**
   * Whether exports today withhold some of the observation's words: its speaker does not allow
   * quotes, and it has a quote or verbatim words in its text.
   */
  boolean withholds(Observation o) {
    if (o.speakerId() == null || allowsQuotes(o.speakerId())) {
      return false;
    }
    return (o.quote() != null && !o.quote().isBlank()) || !in(o).isEmpty();
  }

  private List<Verbatim.Said> read(long interviewId) {
    Interview interview = tx.interviews().byId(interviewId).orElse(null);
    List<Verbatim.Said> texts = new ArrayList<>();
    if (interview != null) {
      for (InterviewField field : InterviewField.values()) {
        texts.add(Verbatim.said(interview.text(field)));
      }
    }
    return texts;
  }
}
