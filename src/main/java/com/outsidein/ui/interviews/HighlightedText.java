package com.outsidein.ui.interviews;

import com.outsidein.domain.Highlight;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.TextSpan;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * One long text of an interview (notes or transcript), with its quoted passages highlighted.
 * Selecting words and pressing Ctrl+Shift+O makes them an observation; clicking a highlight selects
 * its observation. An edit is handed to the view model by its changed range, and only the stretches
 * the view model names are restyled, so a keystroke costs the same in a short text as in a long
 * one.
 */
final class HighlightedText {

  /** Typed text is committed when typing pauses this long. */
  static final Duration COMMIT_PAUSE = Duration.seconds(1);

  static final KeyCombination QUOTE =
      new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private final InterviewField field;
  private final InterviewEditorViewModel model;
  // Not preserving styles: copying a quoted passage does not carry its highlight along, and undo
  // takes back text, never a restyling.
  private final StyleClassedTextArea area = new StyleClassedTextArea(false);
  private final VirtualizedScrollPane<StyleClassedTextArea> pane =
      new VirtualizedScrollPane<>(area);
  private final PauseTransition typingPause = new PauseTransition(COMMIT_PAUSE);
  private boolean replacing;

  HighlightedText(InterviewField field, InterviewEditorViewModel model) {
    this.field = field;
    this.model = model;
    typingPause.setOnFinished(e -> model.save(field));
    area.setId(field == InterviewField.NOTES ? "interview-notes" : "interview-transcript");
    area.setWrapText(true);
    area.getStyleClass().add("interview-text");
    area.plainTextChanges()
        .subscribe(
            change -> {
              if (!replacing) {
                model.edited(
                    field,
                    change.getPosition(),
                    change.getRemoved().length(),
                    change.getInserted());
                typingPause.playFromStart();
              }
            });
    area.focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                typingPause.stop();
                model.save(field);
              }
            });
    area.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (QUOTE.match(e)) {
            quoteSelection();
            e.consume();
          }
        });
    area.setOnMouseClicked(
        e -> {
          if (area.getSelection().getLength() == 0) {
            Observation hit = model.observationAt(field, area.getCaretPosition());
            if (hit != null) {
              model.selectedObservationProperty().set(hit);
            }
          }
        });
  }

  VirtualizedScrollPane<StyleClassedTextArea> node() {
    return pane;
  }

  StyleClassedTextArea area() {
    return area;
  }

  /** Shows a text afresh, with its passages marked: not an edit, and nothing to undo. */
  void replaceText(String text) {
    replacing = true;
    try {
      area.replaceText(text);
      restyle(new TextSpan(0, area.getLength()));
      area.getUndoManager().forgetHistory();
      area.moveTo(0);
      area.requestFollowCaret();
    } finally {
      replacing = false;
    }
  }

  void quoteSelection() {
    typingPause.stop();
    var selection = area.getSelection();
    if (selection.getLength() > 0) {
      model.quote(field, selection.getStart(), selection.getEnd());
    }
  }

  /**
   * Marks the quoted passages in one stretch of the text, in one change of the area: the selected
   * observation's passage stands out, the rest of the stretch is plain.
   */
  void restyle(TextSpan span) {
    int from = Math.min(span.start(), area.getLength());
    int to = Math.min(span.end(), area.getLength());
    if (from >= to) {
      return;
    }
    Observation selected = model.selectedObservationProperty().get();
    List<TypedText.Mark> marks = model.marksWithin(field, from, to);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (TypedText.Mark mark : marks) {
      cuts.add(Math.max(from, mark.start()));
      cuts.add(Math.min(to, mark.end()));
    }
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    Integer start = cuts.first();
    for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
      spans.add(styleAt(marks, start, selected), end - start);
    }
    area.setStyleSpans(from, spans.create());
  }

  /** The style of the characters from a place up to the next cut. */
  private static Collection<String> styleAt(
      List<TypedText.Mark> marks, int at, Observation selected) {
    boolean marked = false;
    for (TypedText.Mark mark : marks) {
      if (mark.start() <= at && at < mark.end()) {
        if (selected != null && selected.id() == mark.observationId()) {
          return List.of("highlight-selected");
        }
        marked = true;
      }
    }
    return marked ? List.of("highlight") : List.of();
  }

  /** Scrolls to and selects a stretch of the text, if the text is that long. */
  void select(TextSpan span) {
    if (span.end() <= area.getLength()) {
      area.selectRange(span.start(), span.end());
      area.requestFollowCaret();
    }
  }

  /** Scrolls to and selects an observation's passage. */
  void reveal(Observation observation) {
    Highlight h = model.highlightOf(observation);
    if (h != null && h.field() == field && h.end() <= area.getLength()) {
      area.selectRange(h.start(), h.end());
      area.requestFollowCaret();
    }
  }
}
