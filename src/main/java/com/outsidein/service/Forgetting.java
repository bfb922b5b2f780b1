package com.outsidein.service;

import com.outsidein.domain.Highlight;
import com.outsidein.domain.HighlightShift;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.Person;
import com.outsidein.domain.Quotes;
import com.outsidein.domain.TextChange;
import com.outsidein.store.CanvasVersionRepository.SpokenCitation;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a person from the workspace: their record, consent history and participation go; their
 * observations keep what was seen but lose their speaker, their quote and their verbatim words
 * ({@link Verbatim}), in frozen canvas versions too; their name and email are replaced everywhere,
 * with highlights kept on their passages.
 */
final class Forgetting {

  static final String REPLACEMENT = "[removed]";

  private Forgetting() {}

  static void forget(Tx tx, long personId) {
    Person person = tx.people().byId(personId).orElseThrow();
    List<String> everywhere = new ArrayList<>();
    everywhere.add(person.name().trim());
    if (person.email() != null) {
      everywhere.add(person.email().trim());
    }
    List<String> nearby = new ArrayList<>(everywhere);
    nearby.addAll(nameParts(person.name()));
    Pattern widely = wordsPattern(everywhere);
    Pattern closely = wordsPattern(nearby);

    List<Long> ownInterviews = tx.interviews().idsWithParticipant(personId);
    List<Long> spoken = tx.observations().idsSpokenBy(personId);
    SpokenWords words = new SpokenWords(tx);
    for (Long id : spoken) {
      Observation o = tx.observations().byId(id).orElseThrow();
      String paraphrase = Quotes.replace(o.text(), words.in(o), REPLACEMENT);
      tx.observations()
          .update(
              new Observation(
                  o.id(),
                  o.studyId(),
                  o.interviewId(),
                  null,
                  closely.matcher(paraphrase).replaceAll(REPLACEMENT),
                  null,
                  o.kind(),
                  o.journeyStageId(),
                  o.touchpointId(),
                  o.functionId(),
                  o.sentiment(),
                  o.highlight(),
                  o.importBatchId()));
    }
    for (SpokenCitation cited : tx.canvasVersions().citationsSpokenBy(personId)) {
      String paraphrase =
          cited.withheldText() == null
              ? REPLACEMENT
              : cited.withheldText().replace(Quotes.WITHHELD, REPLACEMENT);
      tx.canvasVersions()
          .anonymiseCitation(cited.id(), closely.matcher(paraphrase).replaceAll(REPLACEMENT));
    }
    tx.people().delete(personId);

    Set<Long> interviews = new LinkedHashSet<>(ownInterviews);
    for (String word : everywhere) {
      interviews.addAll(tx.interviews().idsWithTextContaining(word));
    }
    for (Long interviewId : interviews) {
      Pattern pattern = ownInterviews.contains(interviewId) ? closely : widely;
      for (InterviewField field : InterviewField.values()) {
        rewriteInterviewText(tx, interviewId, field, pattern);
      }
    }
    tx.scrubber()
        .rewriteEverywhere(
            everywhere,
            text -> widely.matcher(text).replaceAll(REPLACEMENT),
            Set.of("INTERVIEW_TEXT.BODY", "INTERVIEW_TEXT.FIELD"));
  }

  /** Replaces each match one at a time, moving the highlights of the text with every change. */
  private static void rewriteInterviewText(
      Tx tx, long interviewId, InterviewField field, Pattern pattern) {
    String text = tx.interviews().text(interviewId, field);
    List<Observation> highlighted = tx.observations().highlighting(interviewId, field);
    List<Highlight> highlights =
        new ArrayList<>(highlighted.stream().map(Observation::highlight).toList());
    boolean changed = false;
    int from = 0;
    Matcher matcher = pattern.matcher(text);
    while (matcher.find(from)) {
      String after =
          text.substring(0, matcher.start()) + REPLACEMENT + text.substring(matcher.end());
      TextChange change =
          new TextChange(matcher.start(), matcher.end() - matcher.start(), REPLACEMENT.length());
      for (int i = 0; i < highlights.size(); i++) {
        Highlight h = highlights.get(i);
        highlights.set(i, h == null ? null : HighlightShift.apply(text, after, change, h));
      }
      from = matcher.start() + REPLACEMENT.length();
      text = after;
      matcher = pattern.matcher(text);
      changed = true;
    }
    if (!changed) {
      return;
    }
    tx.interviews().setText(interviewId, field, text);
    for (int i = 0; i < highlighted.size(); i++) {
      if (!Objects.equals(highlights.get(i), highlighted.get(i).highlight())) {
        tx.observations().setHighlight(highlighted.get(i).id(), highlights.get(i));
      }
    }
  }

  private static List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.trim().split("\\s+")) {
      if (part.length() > 1) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** The words as whole words (emails anywhere), longest first, ignoring case. */
  private static Pattern wordsPattern(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder regex = new StringBuilder();
    for (String word : sorted) {
      if (regex.length() > 0) {
        regex.append('|');
      }
      String quoted = Pattern.quote(word.toLowerCase(Locale.ROOT));
      regex.append(
          word.contains("@") ? quoted : "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])");
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
