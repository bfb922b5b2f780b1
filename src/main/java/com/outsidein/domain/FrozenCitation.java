package com.outsidein.domain;

/**
 * What a frozen entry cited, kept as text: the insight's title and statement, or the observation's
 * words. For an observation, {@code speakerId} is whose words they are (null: nobody's) and {@code
 * withheldText} how they read with the speaker's verbatim words withheld (null when the version was
 * frozen before that was kept: then the whole text is withheld).
 */
public record FrozenCitation(
    CitationTarget.Kind kind, Long sourceId, String text, Long speakerId, String withheldText) {

  public FrozenCitation(CitationTarget.Kind kind, Long sourceId, String text) {
    this(kind, sourceId, text, null, null);
  }

  /** The cited text as it may leave the app, given whether its speaker allows quotes today. */
  public String exportedText(boolean speakerAllowsQuotes) {
    if (speakerId == null || speakerAllowsQuotes) {
      return text;
    }
    return withheldText == null ? Quotes.WITHHELD : withheldText;
  }
}
