package com.outsidein.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who most likely said the words at a place in an interview's text: the speaker of a transcript
 * turn ({@code [00:03:12] Priya Raman: …}), else the participant named last before it in the
 * paragraph ({@code Priya said: "…"}), else the only participant.
 */
public final class SpeakerGuess {

  private static final Pattern TURN =
      Pattern.compile("^\\s*(?:\\[?[0-9:.,]+\\]?\\s*)?([^:\\[\\]]{1,60}?)\\s*:\\s");

  private SpeakerGuess() {}

  public static Optional<Person> guess(String text, int position, List<Person> participants) {
    if (participants.isEmpty()) {
      return Optional.empty();
    }
    int at = Math.max(0, Math.min(position, text.length()));
    Optional<Person> turn = speakerOfTurn(lineAt(text, at), participants);
    if (turn.isPresent()) {
      return turn;
    }
    Optional<Person> named = namedLastBefore(paragraphBefore(text, at), participants);
    if (named.isPresent()) {
      return named;
    }
    return participants.size() == 1 ? Optional.of(participants.get(0)) : Optional.empty();
  }

  private static Optional<Person> speakerOfTurn(String line, List<Person> participants) {
    Matcher turn = TURN.matcher(line);
    if (!turn.find()) {
      return Optional.empty();
    }
    String speaker = turn.group(1).trim().toLowerCase(Locale.ROOT);
    for (Person person : participants) {
      String name = person.name().toLowerCase(Locale.ROOT);
      if (name.equals(speaker) || firstName(name).equals(speaker)) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  private static Optional<Person> namedLastBefore(String paragraph, List<Person> participants) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    Person best = null;
    int bestAt = -1;
    for (Person person : participants) {
      String name = person.name().toLowerCase(Locale.ROOT);
      int at = Math.max(lower.lastIndexOf(name), lastWord(lower, firstName(name)));
      if (at > bestAt) {
        best = person;
        bestAt = at;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int lastWord(String text, String word) {
    if (word.isEmpty()) {
      return -1;
    }
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  private static String firstName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  private static String lineAt(String text, int at) {
    int start = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static String paragraphBefore(String text, int at) {
    int start = text.lastIndexOf("\n\n", Math.max(0, at - 1));
    return text.substring(start < 0 ? 0 : start, at);
  }
}
