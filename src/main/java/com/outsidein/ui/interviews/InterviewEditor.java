package com.outsidein.ui.interviews;

import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.TeamMember;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.DateField;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.Fit;
import com.outsidein.ui.Labels;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.PickerDialog;
import com.outsidein.ui.entry.QuickEntryBar;
import com.outsidein.ui.entry.SuggestingField;
import com.outsidein.ui.entry.TeamMemberField;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The interview editor: details and participants on top, the notes and transcript with their quoted
 * passages highlighted, the interview's observations beside them and a quick-entry bar.
 */
final class InterviewEditor {

  private final InterviewEditorViewModel model;
  private final Runnable openInTable;
  private final FilePicker files;
  private final Map<InterviewField, HighlightedText> texts = new EnumMap<>(InterviewField.class);
  private final TabPane textTabs = new TabPane();
  private final TextField title = new TextField();
  private final DateField date = new DateField();
  private final TextField interviewer = new TextField();
  private final ComboBox<DimensionValue> channel = new ComboBox<>();
  private final ComboBox<DimensionValue> stage = new ComboBox<>();
  private final FlowPane participantChips = new FlowPane(6, 4);
  private final TextField addParticipant = new TextField();
  private final ListView<Observation> observationList = new ListView<>();
  private final ComboBox<ObservationKind> kind = new ComboBox<>();
  private final ComboBox<Person> speaker = new ComboBox<>();
  private final QuickEntryBar entryBar;
  private final BorderPane root = new BorderPane();

  InterviewEditor(InterviewEditorViewModel model, FilePicker files, Runnable openInTable) {
    this.model = model;
    this.files = files;
    this.openInTable = openInTable;
    this.entryBar = new QuickEntryBar(model.entry());
    for (InterviewField field : InterviewField.values()) {
      HighlightedText text = new HighlightedText(field, model);
      texts.put(field, text);
      Tab tab =
          new Tab(
              Messages.get(
                  field == InterviewField.NOTES ? "interviews.notes" : "interviews.transcript"),
              text.node());
      tab.setUserData(field);
      textTabs.getTabs().add(tab);
    }
    textTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    model.onTextReplaced(field -> texts.get(field).replaceText(model.text(field)));
    model.onRestyle((field, span) -> texts.get(field).restyle(span));
    model
        .observations()
        .addListener(
            (ListChangeListener<Observation>)
                change -> {
                  Observation selected = model.selectedObservationProperty().get();
                  observationList.getItems().setAll(model.observations());
                  if (selected != null) {
                    model.observations().stream()
                        .filter(o -> o.id() == selected.id())
                        .findFirst()
                        .ifPresent(o -> observationList.getSelectionModel().select(o));
                  }
                });
    model
        .selectedObservationProperty()
        .addListener(
            (obs, old, selected) -> {
              if (selected != null
                  && !Objects.equals(
                      observationList.getSelectionModel().getSelectedItem(), selected)) {
                observationList.getSelectionModel().select(selected);
              }
              showObservation(selected);
              if (selected != null && selected.highlight() != null) {
                InterviewField field = selected.highlight().field();
                textTabs.getTabs().stream()
                    .filter(t -> t.getUserData() == field)
                    .findFirst()
                    .ifPresent(t -> textTabs.getSelectionModel().select(t));
                texts.get(field).reveal(selected);
              }
            });
    model.onPassageShown(
        (field, span) -> {
          textTabs.getTabs().stream()
              .filter(t -> t.getUserData() == field)
              .findFirst()
              .ifPresent(t -> textTabs.getSelectionModel().select(t));
          texts.get(field).select(span);
        });
    model.interviewProperty().addListener((obs, old, interview) -> showDetails(interview));
    // The lists load on their own: show what depends on them again when they arrive or change.
    model.channels().addListener((ListChangeListener<DimensionValue>) change -> showChoices());
    model.stages().addListener((ListChangeListener<DimensionValue>) change -> showChoices());
    model
        .team()
        .addListener(
            (ListChangeListener<TeamMember>)
                change -> {
                  if (!interviewer.isFocused()) {
                    interviewer.setText(interviewerName());
                  }
                });
    model.people().addListener((ListChangeListener<Person>) change -> observationList.refresh());
    model.participants().addListener((ListChangeListener<Person>) change -> showParticipants());

    SplitPane middle = new SplitPane(textPanel(), observationPanel());
    middle.setDividerPositions(0.64);
    root.setTop(header());
    root.setCenter(middle);
    root.setBottom(entryBar);
    root.disableProperty().bind(model.interviewProperty().isNull());
  }

  Node node() {
    return root;
  }

  void focusEntry() {
    entryBar.focusText();
  }

  private Node header() {
    title.setId("interview-title");
    title.getStyleClass().add("title-field");
    CommitOnLeave.text(
        title, () -> current(Interview::title), text -> edit(i -> i.withTitle(text)));
    date.setId("interview-date");
    date.picker().setPrefWidth(160);
    date.picker().setMinWidth(140);
    date.setOnCommit(held -> edit(i -> i.withHeldOn(held)));
    interviewer.setId("interview-interviewer");
    interviewer.setPromptText(Messages.get("interviews.interviewerPrompt"));
    TeamMemberField interviewerField =
        new TeamMemberField(
            interviewer,
            typed -> TeamMember.matching(model.team(), typed),
            this::interviewerName,
            model::setInterviewer);
    channel.setItems(model.channels());
    stage.setItems(model.stages());
    for (ComboBox<DimensionValue> box : List.of(channel, stage)) {
      box.setConverter(named(v -> v == null ? "" : v.name()));
      box.setPrefWidth(160);
      box.setMinWidth(140);
    }
    CommitOnLeave.onPick(channel, e -> edit(i -> i.withChannelId(idOf(channel.getValue()))));
    CommitOnLeave.onPick(stage, e -> edit(i -> i.withJourneyStageId(idOf(stage.getValue()))));
    addParticipant.setId("interview-add-participant");
    addParticipant.setPromptText(Messages.get("interviews.addParticipant"));
    addParticipant.setPrefColumnCount(14);
    SuggestingField<Person> peopleSuggestions =
        new SuggestingField<>(
            addParticipant,
            typed -> model.people().stream().filter(p -> contains(p.name(), typed)).toList(),
            Person::name,
            p -> {
              model.addParticipant(p);
              addParticipant.clear();
            });

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    grid.addRow(
        0,
        new Label(Messages.get("interviews.title")),
        title,
        new Label(Messages.get("interviews.date")),
        date.node());
    grid.addRow(
        1,
        new Label(Messages.get("interviews.interviewer")),
        interviewerField.node(),
        new Label(Messages.get("interviews.channel")),
        channel);
    grid.addRow(
        2,
        new Label(Messages.get("interviews.participants")),
        participantRow(peopleSuggestions),
        new Label(Messages.get("interviews.stage")),
        stage);
    GridPane.setHgrow(title, Priority.ALWAYS);
    grid.getChildren().stream()
        .filter(n -> n instanceof Label)
        .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
    grid.setPadding(new Insets(10, 12, 6, 12));
    return grid;
  }

  private Node participantRow(SuggestingField<Person> suggestions) {
    participantChips.setAlignment(Pos.CENTER_LEFT);
    HBox row = new HBox(8, participantChips, addParticipant);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(2, row, suggestions.strip());
  }

  private Node textPanel() {
    Button quote =
        new Button(Messages.get("interviews.quote"), new FontIcon(Feather.MESSAGE_SQUARE));
    quote.setId("interview-quote");
    quote.setTooltip(new Tooltip(Messages.get("interviews.quoteHint")));
    quote.setOnAction(e -> currentText().quoteSelection());
    quote.setFocusTraversable(false);
    Button importTranscript =
        new Button(Messages.get("interviews.importTranscript"), new FontIcon(Feather.FILE_TEXT));
    importTranscript.setId("interview-import-transcript");
    importTranscript.setFocusTraversable(false);
    importTranscript.disableProperty().bind(model.interviewProperty().isNull());
    importTranscript.setOnAction(e -> chooseTranscript());
    Label status = new Label();
    status.getStyleClass().add("text-muted");
    status
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.dirtyProperty())
                .then(Messages.get("interviews.unsaved"))
                .otherwise(Messages.get("interviews.saved")));
    for (javafx.scene.control.Control control : List.of(quote, importTranscript, status)) {
      control.setMinWidth(Region.USE_PREF_SIZE);
    }
    // Not a ToolBar: one that runs out of room hides its buttons in an overflow menu, and a
    // chooser opened from that menu would be owned by a popup that has closed. What does not fit
    // on the line goes on the next (so the observations beside the text keep room), as the hint
    // wraps.
    FlowPane bar = new FlowPane(8, 4, quote, importTranscript, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label hint = new Label(Messages.get("interviews.quoteHint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    VBox top = new VBox(4, bar, hint);
    top.setPadding(new Insets(6, 8, 6, 8));
    VBox.setVgrow(textTabs, Priority.ALWAYS);
    return new VBox(top, textTabs);
  }

  /** Import transcript…: a file, then (when there is a transcript) replace it or append to it. */
  private void chooseTranscript() {
    files
        .open(
            Messages.get("interviews.importTranscript"),
            Messages.get("interviews.transcriptFiles"),
            List.of("*.txt", "*.vtt", "*.srt", "*.docx"))
        .ifPresent(this::importTranscript);
  }

  private void importTranscript(java.nio.file.Path chosen) {
    if (!model.hasTranscript()) {
      model.importTranscript(chosen, false);
      return;
    }
    javafx.scene.control.ButtonType replace =
        new javafx.scene.control.ButtonType(Messages.get("interviews.transcriptReplace"));
    javafx.scene.control.ButtonType append =
        new javafx.scene.control.ButtonType(Messages.get("interviews.transcriptAppend"));
    javafx.scene.control.Alert ask =
        new javafx.scene.control.Alert(
            javafx.scene.control.Alert.AlertType.CONFIRMATION,
            Messages.get("interviews.transcriptAsk"),
            replace,
            append,
            javafx.scene.control.ButtonType.CANCEL);
    ask.initOwner(root.getScene().getWindow());
    ask.setTitle(Messages.get("interviews.importTranscript"));
    ask.setHeaderText(Messages.get("interviews.importTranscript"));
    ask.showAndWait()
        .filter(choice -> choice == replace || choice == append)
        .ifPresent(choice -> model.importTranscript(chosen, choice == append));
  }

  private HighlightedText currentText() {
    InterviewField field =
        (InterviewField) textTabs.getSelectionModel().getSelectedItem().getUserData();
    return texts.get(field);
  }

  private Node observationPanel() {
    observationList.setId("interview-observations");
    LoadingPlaceholder.show(
        observationList.placeholderProperty(),
        model.loadingProperty(),
        Messages.get("interviews.noObservations"));
    observationList.setCellFactory(
        list ->
            new ListCell<>() {
              {
                Fit.wrapping(this);
              }

              @Override
              protected void updateItem(Observation o, boolean empty) {
                super.updateItem(o, empty);
                if (empty || o == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                setText(
                    Messages.of(o.kind()) + " · " + speakerName(o.speakerId()) + "\n" + o.text());
                setGraphic(o.highlight() == null ? null : new FontIcon(Feather.BOOKMARK));
              }
            });
    observationList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, o) -> {
              if (o != null && !Objects.equals(model.selectedObservationProperty().get(), o)) {
                model.selectedObservationProperty().set(o);
              }
            });
    kind.setId("interview-observation-kind");
    speaker.setId("interview-observation-speaker");
    kind.getItems().setAll(ObservationKind.values());
    kind.setConverter(named(Messages::of));
    CommitOnLeave.onPick(kind, e -> editObservation(o -> o.withKind(kind.getValue())));
    speaker.setItems(model.participants());
    speaker.setConverter(named(p -> p == null ? "" : p.name()));
    CommitOnLeave.onPick(
        speaker,
        e ->
            editObservation(
                o -> o.withSpeakerId(speaker.getValue() == null ? null : speaker.getValue().id())));
    Button addCode = new Button(Messages.get("observations.addCode"), new FontIcon(Feather.TAG));
    addCode.setId("interview-add-code");
    addCode.setTooltip(new Tooltip("Ctrl+T"));
    addCode.setOnAction(e -> addCodeToSelected());
    Button open =
        new Button(Messages.get("interviews.openInTable"), new FontIcon(Feather.EXTERNAL_LINK));
    open.setOnAction(e -> openInTable.run());
    GridPane detail = new GridPane();
    detail.setHgap(8);
    detail.setVgap(6);
    Fit.labelColumn(detail);
    kind.setMaxWidth(Double.MAX_VALUE);
    speaker.setMaxWidth(Double.MAX_VALUE);
    Fit.whole(addCode, open);
    detail.addRow(0, new Label(Messages.get("observations.kind")), kind);
    detail.addRow(1, new Label(Messages.get("observations.speaker")), speaker);
    // In a narrow panel the second button goes under the first rather than being cut.
    detail.add(new FlowPane(6, 6, addCode, open), 0, 2, 2, 1);
    detail.disableProperty().bind(model.selectedObservationProperty().isNull());
    observationList.setOnKeyPressed(
        e -> {
          if (new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN).match(e)) {
            addCodeToSelected();
          }
        });
    VBox.setVgrow(observationList, Priority.ALWAYS);
    Label heading = new Label(Messages.get("interviews.observationsOfThis"));
    heading.setWrapText(true);
    heading.setMinHeight(Region.USE_PREF_SIZE);
    VBox panel = new VBox(8, heading, observationList, detail);
    panel.setPadding(new Insets(8));
    return panel;
  }

  private void addCodeToSelected() {
    Observation selected = model.selectedObservationProperty().get();
    if (selected == null) {
      return;
    }
    PickerDialog.suggesting(
            root.getScene().getWindow(),
            Messages.get("observations.addCodeTitle", 1),
            model::suggestCodes,
            code -> code.id() == null ? Messages.get("entry.createCode", code.path()) : code.path())
        .choose()
        .ifPresent(code -> model.addCode(selected.id(), code));
  }

  /** Only a choice the person made changes the observation, never a list that was refreshed. */
  private void editObservation(UnaryOperator<Observation> change) {
    Observation selected = model.selectedObservationProperty().get();
    if (selected != null && (kind.isFocused() || speaker.isFocused())) {
      Observation after = change.apply(selected);
      if (!after.equals(selected)) {
        model.updateObservation(after);
      }
    }
  }

  private void showObservation(Observation o) {
    kind.setValue(o == null ? null : o.kind());
    speaker.setValue(
        o == null
            ? null
            : model.participants().stream()
                .filter(p -> Objects.equals(p.id(), o.speakerId()))
                .findFirst()
                .orElse(null));
  }

  private void showDetails(Interview interview) {
    title.setText(interview == null ? "" : interview.title());
    date.show(interview == null ? null : interview.heldOn());
    interviewer.setText(interviewerName());
    showChoices();
  }

  /** The channel and journey stage of the interview, as their lists hold them. */
  private void showChoices() {
    Interview interview = model.interviewProperty().get();
    channel.setValue(find(model.channels(), interview == null ? null : interview.channelId()));
    stage.setValue(find(model.stages(), interview == null ? null : interview.journeyStageId()));
  }

  private void showParticipants() {
    participantChips.getChildren().clear();
    for (Person person : model.participants()) {
      Label name = new Label(person.name());
      name.getStyleClass().add("code-chip");
      if (!person.consent().allowsQuotes()) {
        name.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        name.setTooltip(new Tooltip(Messages.get("interviews.noQuoteConsent")));
      }
      Button remove = new Button(null, new FontIcon(Feather.X));
      remove.getStyleClass().add("chip-remove");
      remove.setOnAction(e -> model.removeParticipant(person));
      HBox chip = new HBox(2, name, remove);
      chip.setAlignment(Pos.CENTER_LEFT);
      chip.getStyleClass().add("chip");
      participantChips.getChildren().add(chip);
    }
  }

  private String speakerName(Long id) {
    if (id == null) {
      return Messages.get("interviews.noSpeaker");
    }
    return model.people().stream()
        .filter(p -> p.id() == id)
        .map(Person::name)
        .findFirst()
        .orElse("?");
  }

  private String interviewerName() {
    Interview interview = model.interviewProperty().get();
    if (interview == null || interview.interviewerId() == null) {
      return "";
    }
    return model.team().stream()
        .filter(m -> m.id() == interview.interviewerId())
        .map(TeamMember::name)
        .findFirst()
        .orElse("");
  }

  private String current(Function<Interview, String> value) {
    Interview interview = model.interviewProperty().get();
    return interview == null ? "" : value.apply(interview);
  }

  private void edit(UnaryOperator<Interview> change) {
    Interview interview = model.interviewProperty().get();
    if (interview != null) {
      Interview after = change.apply(interview);
      if (!after.equals(interview)) {
        model.updateDetails(after);
      }
    }
  }

  private static Long idOf(DimensionValue value) {
    return value == null ? null : value.id();
  }

  private static DimensionValue find(List<DimensionValue> values, Long id) {
    return id == null ? null : values.stream().filter(v -> v.id() == id).findFirst().orElse(null);
  }

  private static boolean contains(String name, String typed) {
    return name.toLowerCase(Locale.ROOT).contains(typed.trim().toLowerCase(Locale.ROOT));
  }

  private static <T> StringConverter<T> named(Function<T, String> label) {
    return Labels.converter((T value) -> value == null ? "" : label.apply(value));
  }
}
