package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightShiftTest {

  private static final String TEXT = "Intro. The map freezes in the car park. Outro.";
  private static final Highlight MAP = new Highlight(InterviewField.NOTES, 7, 39);

  private static String passage(String text, Highlight h) {
    return text.substring(h.start(), h.end());
  }

  @Test
  void insertingBeforeMovesTheHighlight() {
    String edited = "New first line.\n" + TEXT;
    assertThat(passage(edited, HighlightShift.apply(TEXT, edited, MAP)))
        .isEqualTo("The map freezes in the car park.");
  }

  @Test
  void editingAfterLeavesItAlone() {
    String edited = TEXT.replace("Outro.", "A much longer ending.");
    assertThat(HighlightShift.apply(TEXT, edited, MAP)).isEqualTo(MAP);
  }

  @Test
  void editingInsideStretchesItOverTheNewWords() {
    String edited = TEXT.replace("car park", "underground car park");
    assertThat(passage(edited, HighlightShift.apply(TEXT, edited, MAP)))
        .isEqualTo("The map freezes in the underground car park.");
  }

  @Test
  void twoEditsAroundItStillFindItsWords() {
    String edited = "Intro, rewritten. The map freezes in the car park. Outro, rewritten.";
    assertThat(passage(edited, HighlightShift.apply(TEXT, edited, MAP)))
        .isEqualTo("The map freezes in the car park.");
  }

  @Test
  void deletingThePassageRemovesTheHighlight() {
    String edited = "Intro. Outro.";
    assertThat(HighlightShift.apply(TEXT, edited, MAP)).isNull();
  }

  @Test
  void textChangeFindsTheSingleReplacedRegion() {
    assertThat(TextChange.between("abcdef", "abXYef")).isEqualTo(new TextChange(2, 2, 2));
    assertThat(TextChange.between("aaa", "aaaa")).isEqualTo(new TextChange(3, 0, 1));
    assertThat(TextChange.between("same", "same").isEmpty()).isTrue();
  }
}
