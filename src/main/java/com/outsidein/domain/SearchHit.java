package com.outsidein.domain;

import java.util.List;

/**
 * One place a search matched.
 *
 * @param kind where it matched
 * @param targetId the observation, insight or interview that holds the text
 * @param interviewId the interview to open for it (the observation's interview, if any)
 * @param title a short name for the place: the interview's or insight's title, an observation's
 *     speaker and text
 * @param snippet the matching words with some text around them
 * @param marks where the matching words are in the snippet
 * @param match where the first matching words are in the whole text (to select them on opening)
 * @param wordsWithheld an observation holding verbatim words of a speaker who has not agreed to be
 *     quoted: shown with a mark, withheld in exports
 */
public record SearchHit(
    SearchKind kind,
    long targetId,
    Long interviewId,
    String title,
    String snippet,
    List<TextSpan> marks,
    TextSpan match,
    boolean wordsWithheld) {

  public SearchHit {
    marks = List.copyOf(marks);
  }

  public SearchHit(
      SearchKind kind,
      long targetId,
      Long interviewId,
      String title,
      String snippet,
      List<TextSpan> marks,
      TextSpan match) {
    this(kind, targetId, interviewId, title, snippet, marks, match, false);
  }

  public SearchHit withWordsWithheld() {
    return new SearchHit(kind, targetId, interviewId, title, snippet, marks, match, true);
  }
}
