package com.outsidein.ui.interviews;

import com.outsidein.domain.Highlight;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.TextChange;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * One long text of an interview (notes or transcript), with its quoted passages highlighted.
 * Selecting words and pressing Ctrl+Shift+O makes them an observation; clicking a highlight selects
 * its observation.
 */
final class HighlightedText {

  /** Typed text is committed when typing pauses this long. */
  static final Duration COMMIT_PAUSE = Duration.seconds(1);

  static final KeyCombination QUOTE =
      new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private final InterviewField field;
  private final InterviewEditorViewModel model;
  private final StyleClassedTextArea area = new StyleClassedTextArea();
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
                model.textChanged(
                    field,
                    area.getText(),
                    new TextChange(
                        change.getPosition(),
                        change.getRemoved().length(),
                        change.getInserted().length()));
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

  /** Shows a text afresh: not an edit, and nothing to undo. */
  void replaceText(String text) {
    replacing = true;
    try {
      area.replaceText(text);
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

  /** Marks the quoted passages; the selected observation's passage stands out. */
  void restyle(List<Observation> observations, Observation selected) {
    int length = area.getLength();
    area.clearStyle(0, length);
    for (Observation o : observations) {
      Highlight h = o.highlight();
      if (h != null && h.field() == field && h.end() <= length && h.end() > h.start()) {
        boolean chosen = selected != null && selected.id() == o.id();
        area.setStyleClass(h.start(), h.end(), chosen ? "highlight-selected" : "highlight");
      }
    }
  }

  /** Scrolls to and selects a stretch of the text, if the text is that long. */
  void select(com.outsidein.domain.TextSpan span) {
    if (span.end() <= area.getLength()) {
      area.selectRange(span.start(), span.end());
      area.requestFollowCaret();
    }
  }

  /** Scrolls to and selects an observation's passage. */
  void reveal(Observation observation) {
    Highlight h = observation.highlight();
    if (h != null && h.field() == field && h.end() <= area.getLength()) {
      area.selectRange(h.start(), h.end());
      area.requestFollowCaret();
    }
  }
}
