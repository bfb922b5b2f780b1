package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerGuessTest {

  private final Person priya = new Person(1, "Priya Raman", null, null, null, Consent.NONE);
  private final Person declan = new Person(2, "Declan Mooney", null, null, null, Consent.NONE);
  private final List<Person> both = List.of(priya, declan);

  @Test
  void aTranscriptTurnNamesItsSpeaker() {
    String transcript =
        "[00:01:02] Priya Raman: Morning.\n[00:01:09] Declan Mooney: We print the route sheet.\n";
    int at = transcript.indexOf("We print");
    assertThat(SpeakerGuess.guess(transcript, at, both)).contains(declan);
  }

  @Test
  void aFirstNameBeforeTheQuoteInTheParagraphNamesItsSpeaker() {
    String notes = "Declan showed the board.\n\nLater Priya said: \"The map freezes.\"";
    assertThat(SpeakerGuess.guess(notes, notes.indexOf("The map"), both)).contains(priya);
  }

  @Test
  void withNoClueTheOnlyParticipantSpoke() {
    assertThat(SpeakerGuess.guess("It freezes.", 0, List.of(priya))).contains(priya);
    assertThat(SpeakerGuess.guess("It freezes.", 0, both)).isEmpty();
  }
}
