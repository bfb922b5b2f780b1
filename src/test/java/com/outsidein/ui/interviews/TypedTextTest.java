package com.outsidein.ui.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Highlight;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.TextChange;
import com.outsidein.domain.TextSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedTextTest {

  private static final InterviewField NOTES = InterviewField.NOTES;
  private static final String TEXT = "Intro. The map freezes in the car park. Outro.";
  private static final String PASSAGE = "The map freezes in the car park.";
  private static final long MAP = 1;
  private static final long OUTRO = 2;

  private final TypedText typed = new TypedText(NOTES);

  private TypedText withMapAndOutro() {
    typed.reset(
        TEXT,
        Map.of(
            MAP, new Highlight(NOTES, 7, 39),
            OUTRO, new Highlight(NOTES, 40, 46)));
    return typed;
  }

  private String passageOf(long observationId) {
    Highlight h = typed.highlightOf(observationId);
    return typed.text().substring(h.start(), h.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          before, in the intro       | 0  | 0 | Rainy.          | 13 | 45
          at the highlight's start   | 7  | 0 | Then            | 11 | 43
          inside the highlight       | 30 | 0 | underground     | 7  | 50
          at the highlight's end     | 39 | 0 | !               | 7  | 39
          after, in the outro        | 45 | 0 | and goodbye     | 7  | 39
          paste replacing the intro  | 0  | 6 | A long preamble | 16 | 48
          """)
  void anInsertMovesTheHighlightOnlyWhenItIsBeforeItOrInside(
      String where, int position, int removed, String inserted, int start, int end) {
    withMapAndOutro();

    typed.edit(position, removed, inserted);

    assertThat(typed.highlightOf(MAP)).isEqualTo(new Highlight(NOTES, start, end));
  }

  @Test
  void typingInsideAPassageStretchesItOverTheNewWords() {
    withMapAndOutro();

    typed.edit(TEXT.indexOf("car park"), 0, "underground ");

    assertThat(passageOf(MAP)).isEqualTo("The map freezes in the underground car park.");
    assertThat(passageOf(OUTRO)).isEqualTo("Outro.");
  }

  @Test
  void deletingAcrossThePassagesStartKeepsWhatIsLeftOfIt() {
    withMapAndOutro();

    typed.edit(TEXT.indexOf("ro. The"), "ro. The ".length(), "");

    assertThat(typed.text()).isEqualTo("Intmap freezes in the car park. Outro.");
    assertThat(passageOf(MAP)).isEqualTo("map freezes in the car park.");
    assertThat(passageOf(OUTRO)).isEqualTo("Outro.");
  }

  @Test
  void deletingAcrossThePassagesEndKeepsWhatIsLeftOfIt() {
    withMapAndOutro();

    typed.edit(TEXT.indexOf("park. Out"), "park. Out".length(), "");

    assertThat(passageOf(MAP)).isEqualTo("The map freezes in the car ");
    assertThat(passageOf(OUTRO)).isEqualTo("ro.");
  }

  @Test
  void deletingAWholePassageRemovesItsHighlight() {
    withMapAndOutro();

    typed.edit(7, PASSAGE.length() + 1, "");

    assertThat(typed.highlightOf(MAP)).isNull();
    assertThat(passageOf(OUTRO)).isEqualTo("Outro.");
    assertThat(typed.marks()).extracting(TypedText.Mark::observationId).containsExactly(OUTRO);
  }

  @Test
  void pastingAParagraphBeforeMovesEveryPassageAfterIt() {
    withMapAndOutro();
    String paragraph = "A pasted paragraph\nof two lines.\n";

    typed.edit(0, 0, paragraph);

    assertThat(typed.text()).isEqualTo(paragraph + TEXT);
    assertThat(passageOf(MAP)).isEqualTo(PASSAGE);
    assertThat(passageOf(OUTRO)).isEqualTo("Outro.");
  }

  @Test
  void anEditClearOfEveryPassageAsksToRestyleOnlyWhatWasInserted() {
    withMapAndOutro();

    List<TextSpan> restyle = typed.edit(3, 0, "xy");

    assertThat(restyle).containsExactly(new TextSpan(3, 5));
    assertThat(typed.edit(3, 2, "")).isEmpty();
  }

  @Test
  void anEditReachingIntoAPassageAsksToRestyleItsOldAndNewPlace() {
    withMapAndOutro();

    List<TextSpan> restyle = typed.edit(TEXT.indexOf("car"), 0, "big ");

    assertThat(restyle).containsExactly(new TextSpan(7, 43));
  }

  @Test
  void newHighlightsFromAReloadRestyleOnlyThePassagesThatDiffer() {
    withMapAndOutro();

    List<TextSpan> restyle =
        typed.setHighlights(
            Map.of(MAP, new Highlight(NOTES, 7, 39), 3L, new Highlight(NOTES, 0, 5)));

    assertThat(restyle).containsExactly(new TextSpan(0, 5), new TextSpan(40, 46));
  }

  @Test
  void theObservationAtAPlaceIsTheOneWhosePassageCoversIt() {
    withMapAndOutro();

    assertThat(typed.observationAt(3)).isNull();
    assertThat(typed.observationAt(20)).isEqualTo(MAP);
    assertThat(typed.observationAt(42)).isEqualTo(OUTRO);
  }

  /**
   * The reference: where a passage lies after an edit, reading the whole text before and after it
   * (positions in the removed part move to the edit; a passage whose words are not where its
   * positions say is looked for nearby).
   */
  private static Highlight shiftedInWholeText(
      String before, String after, TextChange change, Highlight h) {
    if (change.isEmpty()) {
      return h;
    }
    String passage = before.substring(h.start(), h.end());
    int start = mapped(change, h.start());
    int end = Math.max(start, mapped(change, h.end()));
    if (after.substring(start, end).equals(passage)) {
      return new Highlight(h.field(), start, end);
    }
    int later = after.indexOf(passage, start);
    int earlier = after.lastIndexOf(passage, start);
    int found =
        later < 0
            ? earlier
            : earlier < 0 ? later : start - earlier <= later - start ? earlier : later;
    if (found >= 0 && !passage.isBlank()) {
      return new Highlight(h.field(), found, found + passage.length());
    }
    return end > start ? new Highlight(h.field(), start, end) : null;
  }

  private static int mapped(TextChange change, int offset) {
    if (offset <= change.position()) {
      return offset;
    }
    if (offset >= change.position() + change.removed()) {
      return offset + change.inserted() - change.removed();
    }
    return change.position() + change.inserted();
  }

  /**
   * Many random edits (typing, deleting, pasting, near and inside passages) move every passage
   * exactly where shifting the whole text before and after each edit puts it.
   */
  @Test
  void incrementalShiftingAgreesWithShiftingTheWholeText() {
    Random random = new Random(14);
    StringBuilder start = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      start.append(List.of("lift ", "plan ", "paper ", "the ", "crew\n").get(random.nextInt(5)));
    }
    Map<Long, Highlight> expected = new HashMap<>();
    for (long id = 1; id <= 25; id++) {
      int from = random.nextInt(start.length() - 20);
      expected.put(id, new Highlight(NOTES, from, from + random.nextInt(20)));
    }
    String text = start.toString();
    typed.reset(text, expected);

    for (int step = 0; step < 2_000; step++) {
      int position = random.nextInt(text.length() + 1);
      int removed =
          random.nextInt(4) == 0 ? random.nextInt(Math.min(12, text.length() - position) + 1) : 0;
      String inserted =
          random.nextInt(3) == 0
              ? ""
              : List.of("a", " ", "plan ", "the lift\n").get(random.nextInt(4));
      String after = text.substring(0, position) + inserted + text.substring(position + removed);
      TextChange change = new TextChange(position, removed, inserted.length());
      Map<Long, Highlight> next = new HashMap<>();
      for (Map.Entry<Long, Highlight> e : expected.entrySet()) {
        Highlight moved = shiftedInWholeText(text, after, change, e.getValue());
        if (moved != null) {
          next.put(e.getKey(), moved);
        }
      }

      typed.edit(position, removed, inserted);

      text = after;
      expected = next;
      assertThat(typed.text()).isEqualTo(text);
      for (long id = 1; id <= 25; id++) {
        assertThat(typed.highlightOf(id))
            .as("step %d, passage %d", step, id)
            .isEqualTo(expected.get(id));
      }
    }
  }
}
