package com.outsidein.ui.welcome;

import com.outsidein.ui.AppIcon;
import com.outsidein.ui.Messages;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The welcome, in a small window over the main one: what OutsideIn is, three next steps and how to
 * start your own workspace. It follows {@link WelcomeViewModel#showingProperty()}; closing it in
 * any way dismisses it.
 */
public final class WelcomeView {

  private static final double WIDTH = 600;

  private final Window owner;
  private final WelcomeViewModel model;
  private Stage stage;
  private Button close;

  public WelcomeView(Window owner, WelcomeViewModel model) {
    this.owner = owner;
    this.model = model;
    model
        .showingProperty()
        .addListener(
            (obs, was, showing) -> {
              if (showing) {
                open();
              } else if (stage != null) {
                stage.hide();
              }
            });
  }

  private void open() {
    if (stage == null) {
      stage = build();
    }
    if (!stage.isShowing()) {
      stage.show();
      stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - stage.getWidth()) / 2));
      stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - stage.getHeight()) / 3));
    }
    stage.toFront();
    close.requestFocus();
  }

  private Stage build() {
    Stage window = new Stage();
    window.initOwner(owner);
    window.initModality(Modality.WINDOW_MODAL);
    window.setTitle(Messages.get("welcome.title"));
    window.setResizable(false);
    AppIcon.applyTo(window);
    Scene scene = new Scene(content(), WIDTH, Region.USE_COMPUTED_SIZE);
    scene
        .getStylesheets()
        .add(WelcomeView.class.getResource("/com/outsidein/ui/app.css").toExternalForm());
    scene.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            model.dismiss();
          }
        });
    window.setScene(scene);
    window.setOnCloseRequest(
        event -> {
          event.consume();
          model.dismiss();
        });
    return window;
  }

  private VBox content() {
    Label heading = new Label(Messages.get("welcome.heading"));
    heading.getStyleClass().add("title-2");
    HBox header = new HBox(14, AppIcon.view(48), heading);
    header.setAlignment(Pos.CENTER_LEFT);

    Label steps = new Label(Messages.get("welcome.steps"));
    steps.getStyleClass().add("title-4");
    GridPane stepGrid = new GridPane();
    stepGrid.setHgap(12);
    stepGrid.setVgap(12);
    int row = 0;
    for (WelcomeViewModel.Step step : WelcomeViewModel.Step.values()) {
      addStep(stepGrid, row++, step);
    }

    Label ownTitle = new Label(Messages.get("welcome.own.title"));
    ownTitle.getStyleClass().add("title-4");

    close = new Button(Messages.get("welcome.close"));
    close.setId("welcome-close");
    close.getStyleClass().add("accent");
    close.setDefaultButton(true);
    close.setOnAction(e -> model.dismiss());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(spacer, close);

    VBox content =
        new VBox(
            12,
            header,
            paragraph("welcome.intro"),
            paragraph("welcome.sample"),
            steps,
            stepGrid,
            ownTitle,
            paragraph("welcome.own"),
            buttons);
    content.setId("welcome");
    content.setPadding(new Insets(24));
    VBox.setMargin(buttons, new Insets(8, 0, 0, 0));
    return content;
  }

  private void addStep(GridPane grid, int row, WelcomeViewModel.Step step) {
    String key = "welcome.step." + step.name();
    Label number = new Label(Integer.toString(row + 1));
    number.getStyleClass().add("welcome-step-number");
    number.setMinSize(28, 28);
    number.setAlignment(Pos.CENTER);
    Label title = new Label(Messages.get(key + ".title"));
    title.getStyleClass().add("text-bold");
    VBox text = new VBox(2, title, paragraph(key + ".text"));
    GridPane.setHgrow(text, Priority.ALWAYS);
    Button go = new Button(Messages.get(key + ".go"));
    go.setId("welcome-go-" + step.name().toLowerCase(Locale.ROOT));
    go.setGraphic(new FontIcon(Feather.ARROW_RIGHT));
    go.setContentDisplay(ContentDisplay.RIGHT);
    go.setMinWidth(Region.USE_PREF_SIZE);
    go.setPrefWidth(124);
    go.setOnAction(e -> model.take(step));
    grid.addRow(row, number, text, go);
    GridPane.setValignment(number, VPos.TOP);
  }

  private static Label paragraph(String key) {
    Label label = new Label(Messages.get(key));
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }
}
