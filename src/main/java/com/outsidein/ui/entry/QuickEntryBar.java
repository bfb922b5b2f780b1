package com.outsidein.ui.entry;

import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.QuickEntryViewModel.CodeChoice;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Log an observation without touching the mouse: type what was seen or heard, Ctrl+Shift+1..4 for
 * its kind, Tab to the speaker and codes (both suggest as you type; Enter on a code that does not
 * exist creates it), Enter to add. Ctrl+L puts the cursor here.
 */
public final class QuickEntryBar extends VBox {

  private static final KeyCombination SUBMIT =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  private final QuickEntryViewModel model;
  private final TextField text = new TextField();
  private final TextField speaker = new TextField();
  private final TextField codeField = new TextField();
  private final FlowPane chips = new FlowPane(6, 4);
  private final SegmentedButton kindButtons = new SegmentedButton();

  public QuickEntryBar(QuickEntryViewModel model) {
    this.model = model;
    getStyleClass().add("quick-entry");
    setSpacing(6);
    setPadding(new Insets(8));

    int number = 1;
    for (ObservationKind kind : ObservationKind.values()) {
      ToggleButton button = new ToggleButton(Messages.of(kind));
      button.setUserData(kind);
      button.setId("entry-kind-" + kind.code());
      button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      // Kinds have their own keys (Ctrl+Shift+1..4), so Tab goes from the text to the speaker.
      button.setFocusTraversable(false);
      button.setTooltip(new Tooltip(Messages.get("entry.kindShortcut", number++)));
      kindButtons.getButtons().add(button);
    }
    selectKind(model.kindProperty().get());
    kindButtons
        .getToggleGroup()
        .selectedToggleProperty()
        .addListener(
            (obs, old, toggle) -> {
              if (toggle == null) {
                // Clicking the chosen kind again must not leave none chosen; switching kinds
                // passes through "none" for a moment, so look again once it has settled.
                javafx.application.Platform.runLater(() -> selectKind(model.kindProperty().get()));
              } else {
                model.kindProperty().set((ObservationKind) toggle.getUserData());
              }
            });
    model.kindProperty().addListener((obs, old, kind) -> selectKind(kind));

    text.setId("entry-text");
    text.setPromptText(Messages.get("entry.textPrompt"));
    text.textProperty().bindBidirectional(model.textProperty());

    speaker.setId("entry-speaker");
    speaker.setPromptText(Messages.get("entry.speakerPrompt"));
    speaker.setPrefColumnCount(10);
    speaker.textProperty().bindBidirectional(model.speakerNameProperty());
    SuggestingField<Person> speakerSuggestions =
        new SuggestingField<>(
            speaker, model::suggestPeople, QuickEntryBar::describe, p -> speaker.setText(p.name()));

    codeField.setId("entry-codes");
    codeField.setPromptText(Messages.get("entry.codesPrompt"));
    codeField.setPrefColumnCount(10);
    SuggestingField<CodeChoice> codeSuggestions =
        new SuggestingField<>(
            codeField,
            model::suggestCodes,
            code -> code.id() == null ? Messages.get("entry.createCode", code.path()) : code.path(),
            code -> {
              model.addCode(code);
              codeField.clear();
            });
    codeField.setOnAction(
        e -> {
          if (codeField.getText().isBlank()) {
            model.add();
          } else {
            model.addCodePath(codeField.getText());
            codeField.clear();
          }
        });
    text.setOnAction(e -> model.add());
    speaker.setOnAction(e -> model.add());

    Button add = new Button(Messages.get("entry.add"), new FontIcon(Feather.PLUS));
    add.setId("entry-add");
    add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    add.setDefaultButton(false);
    add.setOnAction(e -> model.add());
    add.disableProperty()
        .bind(
            model
                .textProperty()
                .isEmpty()
                .or(model.busyProperty())
                .or(model.studyIdProperty().isNull()));

    chips.setId("entry-code-chips");
    model.codes().addListener((ListChangeListener<CodeChoice>) change -> showChips());

    HBox.setHgrow(codeField, Priority.ALWAYS);
    HBox row = new HBox(8, kindButtons, speaker, codeField, add);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox suggestionsRow = new HBox(8, speakerSuggestions.strip(), codeSuggestions.strip());
    suggestionsRow
        .managedProperty()
        .bind(
            speakerSuggestions
                .strip()
                .managedProperty()
                .or(codeSuggestions.strip().managedProperty()));
    getChildren().addAll(text, row, suggestionsRow, chips);
    chips.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.codes()));
    chips.visibleProperty().bind(chips.managedProperty());

    addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (SUBMIT.match(e)) {
            model.add();
            e.consume();
          } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode().isDigitKey()) {
            // Ctrl+Shift rather than Alt: releasing Alt hands the next key to the menu bar.
            int index = e.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
            if (index >= 0 && index < ObservationKind.values().length) {
              model.kindProperty().set(ObservationKind.values()[index]);
              e.consume();
            }
          }
        });
    model.setAfterAdd(text::requestFocus);
  }

  /** Puts the cursor in the text field (Ctrl+L). */
  public void focusText() {
    text.requestFocus();
    text.selectAll();
  }

  private void selectKind(ObservationKind kind) {
    kindButtons.getToggleGroup().getToggles().stream()
        .filter(t -> t.getUserData() == kind)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  private void showChips() {
    chips.getChildren().clear();
    for (CodeChoice code : model.codes()) {
      Label chip =
          new Label(code.path() + (code.id() == null ? " " + Messages.get("entry.newCode") : ""));
      chip.getStyleClass().add("code-chip");
      Button remove = new Button(null, new FontIcon(Feather.X));
      remove.getStyleClass().add("chip-remove");
      remove.setFocusTraversable(false);
      remove.setOnAction(e -> model.codes().remove(code));
      HBox box = new HBox(2, chip, remove);
      box.setAlignment(Pos.CENTER_LEFT);
      box.getStyleClass().add("chip");
      chips.getChildren().add(box);
    }
  }

  private static String describe(Person person) {
    return person.role() == null ? person.name() : person.name() + " (" + person.role() + ")";
  }
}
