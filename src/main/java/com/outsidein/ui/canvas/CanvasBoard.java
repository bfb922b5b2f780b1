package com.outsidein.ui.canvas;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasTemplate;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.domain.PromptContent;
import com.outsidein.domain.Study;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Ask;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.Fit;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.TeamMemberField;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A canvas as it would hang on a wall: Think, Plan and Do side by side, each answer showing what it
 * rests on, the completeness line and the team's manifesto on top.
 */
final class CanvasBoard {

  private final CanvasViewModel model;
  private final Alerts alerts;
  private final Consumer<CitationTarget> open;
  private final BorderPane root = new BorderPane();
  private final TextField title = new TextField();
  private final ComboBox<Study> scope = new ComboBox<>();
  private final ComboBox<CanvasStatus> status = new ComboBox<>();
  private final TextField owner = new TextField();
  private final Label completeness = new Label();
  private final FlowPane manifesto = new FlowPane(6, 6);
  private final GridPane columns = new GridPane();

  CanvasBoard(CanvasViewModel model, Alerts alerts, Consumer<CitationTarget> open) {
    this.model = model;
    this.alerts = alerts;
    this.open = open;
    title.setId("canvas-title");
    title.getStyleClass().add("title-field");
    CommitOnLeave.text(
        title,
        () -> canvas() == null ? "" : canvas().title(),
        text -> update(c -> c.withTitle(text)));
    scope.setId("canvas-scope");
    scope.setItems(model.studies());
    scope.setPromptText(Messages.get("canvases.allStudies"));
    scope.setConverter(
        Labels.converter((Study s) -> s == null ? Messages.get("canvases.allStudies") : s.title()));
    CommitOnLeave.onPick(scope, s -> update(c -> c.withStudy(s == null ? null : s.id())));
    Button allStudies = new Button(null, new FontIcon(Feather.X));
    allStudies.setTooltip(new Tooltip(Messages.get("canvas.allStudiesTip")));
    allStudies.setOnAction(e -> update(c -> c.withStudy(null)));
    status.setId("canvas-status");
    status.getItems().setAll(CanvasStatus.values());
    status.setConverter(Labels.converter((CanvasStatus s) -> s == null ? "" : Messages.of(s)));
    CommitOnLeave.onPick(status, s -> update(c -> c.withStatus(s)));
    owner.setId("canvas-owner");
    owner.setPromptText(Messages.get("canvases.owner"));
    owner.setPrefColumnCount(9);
    TeamMemberField ownerField =
        new TeamMemberField(
            owner,
            model::membersMatching,
            () -> content() == null || content().owner() == null ? "" : content().owner(),
            name -> model.setOwner(canvas(), name));
    completeness.setId("canvas-completeness");
    completeness.getStyleClass().add("completeness");

    Button freeze = new Button(Messages.get("canvas.freeze"), new FontIcon(Feather.ARCHIVE));
    freeze.setOnAction(e -> freeze());
    Button versions =
        new Button(Messages.get("canvas.versions"), new FontIcon(Feather.GIT_PULL_REQUEST));
    versions.setOnAction(
        e ->
            model.versions(
                canvas().id(),
                found -> {
                  if (found.versions().isEmpty()) {
                    alerts.info(
                        Messages.get("canvas.versionsTitle"), Messages.get("canvas.noVersions"));
                  } else {
                    new VersionsDialog(root.getScene().getWindow(), found).show();
                  }
                }));
    Fit.whole(freeze, versions);
    completeness.setWrapText(true);
    completeness.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(completeness, Priority.ALWAYS);
    HBox.setHgrow(title, Priority.ALWAYS);
    HBox header = new HBox(8, title, scope, allStudies, status, ownerField.node());

    header.setAlignment(Pos.CENTER_LEFT);
    HBox second = new HBox(10, completeness, freeze, versions);
    second.setAlignment(Pos.CENTER_LEFT);
    manifesto.setAlignment(Pos.CENTER_LEFT);
    VBox top = new VBox(8, header, second, manifesto);
    top.setPadding(new Insets(10, 12, 8, 12));

    columns.setHgap(10);
    columns.setPadding(new Insets(0, 12, 12, 12));
    for (int i = 0; i < 3; i++) {
      javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
      c.setPercentWidth(100.0 / 3);
      c.setHgrow(Priority.ALWAYS);
      columns.getColumnConstraints().add(c);
    }
    ScrollPane scroll = new ScrollPane(columns);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("canvas-scroll");
    root.setTop(top);
    root.setCenter(scroll);
    root.disableProperty().bind(model.contentProperty().isNull());
    model.contentProperty().addListener((obs, old, now) -> show(now));
  }

  Node node() {
    return root;
  }

  private CanvasContent content() {
    return model.contentProperty().get();
  }

  private Canvas canvas() {
    return content() == null ? null : content().canvas();
  }

  /**
   * Saves a change the person made to the canvas shown. A value the board itself puts in a field
   * while showing the canvas is that canvas's own, so it changes nothing and saves nothing.
   */
  private void update(java.util.function.UnaryOperator<Canvas> change) {
    Canvas current = canvas();
    if (current != null) {
      Canvas after = change.apply(current);
      if (!after.equals(current)) {
        model.update(after);
      }
    }
  }

  /** Shows the canvas the view model now holds ({@link #canvas()} is already this one). */
  private void show(CanvasContent content) {
    columns.getChildren().clear();
    manifesto.getChildren().clear();
    if (content == null) {
      title.setText("");
      scope.setValue(null);
      status.setValue(null);
      owner.setText("");
      completeness.setText("");
      return;
    }
    title.setText(content.canvas().title());
    scope.setValue(
        model.studies().stream()
            .filter(s -> Objects.equals(s.id(), content.canvas().studyId()))
            .findFirst()
            .orElse(null));
    status.setValue(content.canvas().status());
    owner.setText(content.owner() == null ? "" : content.owner());
    completeness.setText(
        Messages.get(
            "canvas.completeness",
            content.promptsAnswered(),
            content.prompts().size(),
            content.entriesSupported(),
            content.entries()));
    showManifesto(content);
    int column = 0;
    for (CanvasSection section : CanvasSection.values()) {
      VBox stack = new VBox(8);
      stack.setMinWidth(0);
      stack.setPrefWidth(100);
      stack
          .getStyleClass()
          .addAll("canvas-column", "canvas-" + section.name().toLowerCase(Locale.ROOT));
      Label heading = new Label(Messages.of(section));
      heading.getStyleClass().add("canvas-section-title");
      Button addPrompt = new Button(Messages.get("canvas.addPrompt"), new FontIcon(Feather.PLUS));
      addPrompt.getStyleClass().add("flat");
      addPrompt.setOnAction(e -> askPrompt(section));
      stack.getChildren().add(heading);
      for (PromptContent prompt : content.section(section)) {
        stack.getChildren().add(new PromptCard(model, prompt, open));
      }
      stack.getChildren().add(addPrompt);
      columns.add(stack, column++, 0);
    }
  }

  private void showManifesto(CanvasContent content) {
    Label label = new Label(Messages.get("canvas.manifesto"));
    label.getStyleClass().add("text-bold");
    manifesto.getChildren().add(label);
    for (ManifestoItem item : content.manifesto()) {
      Label text = new Label(item.text());
      text.getStyleClass().add("commitment");
      Button remove = new Button(null, new FontIcon(Feather.X));
      remove.getStyleClass().add("chip-remove");
      remove.setOnAction(e -> model.deleteCommitment(content.canvas().id(), item.id()));
      text.setOnMouseClicked(
          e -> {
            if (e.getClickCount() == 2) {
              ask(Messages.get("canvas.editCommitment"), item.text())
                  .ifPresent(t -> model.updateCommitment(item.withText(t)));
            }
          });
      HBox chip = new HBox(0, text, remove);
      chip.setAlignment(Pos.CENTER_LEFT);
      chip.getStyleClass().add("chip");
      manifesto.getChildren().add(chip);
    }
    MenuButton add =
        new MenuButton(Messages.get("canvas.addCommitment"), new FontIcon(Feather.PLUS));
    for (String suggestion : CanvasTemplate.MANIFESTO_SUGGESTIONS) {
      boolean taken =
          content.manifesto().stream().anyMatch(m -> m.text().equalsIgnoreCase(suggestion));
      MenuItem item = new MenuItem(suggestion);
      item.setDisable(taken);
      item.setOnAction(e -> model.addCommitment(content.canvas().id(), suggestion));
      add.getItems().add(item);
    }
    MenuItem own = new MenuItem(Messages.get("canvas.ownCommitment"));
    own.setOnAction(
        e ->
            ask(Messages.get("canvas.ownCommitment"), "")
                .ifPresent(t -> model.addCommitment(content.canvas().id(), t)));
    add.getItems().addAll(new SeparatorMenuItem(), own);
    add.getStyleClass().add("flat");
    manifesto.getChildren().add(add);
  }

  private void askPrompt(CanvasSection section) {
    ask(Messages.get("canvas.addPromptTo", Messages.of(section)), "")
        .ifPresent(text -> model.addPrompt(canvas().id(), section, text));
  }

  private void freeze() {
    ask(
            Messages.get("canvas.freezeTitle"),
            Messages.get("canvas.freezeDefault", java.time.LocalDate.now()))
        .ifPresent(
            label ->
                model.freeze(
                    canvas().id(),
                    label,
                    version ->
                        alerts.info(
                            Messages.get("canvas.freezeTitle"),
                            Messages.get("canvas.frozen", version.label()))));
  }

  private java.util.Optional<String> ask(String title, String initial) {
    return Ask.text(root, title, null, initial);
  }
}
