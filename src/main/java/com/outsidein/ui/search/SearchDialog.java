package com.outsidein.ui.search;

import com.outsidein.domain.SearchHit;
import com.outsidein.domain.TextSpan;
import com.outsidein.ui.Messages;
import com.outsidein.ui.search.SearchViewModel.Heading;
import com.outsidein.ui.search.SearchViewModel.Hit;
import com.outsidein.ui.search.SearchViewModel.Line;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search window (Ctrl+K): a box to type in and the results grouped by kind, the matching words
 * in bold. Enter opens the first or the chosen result, Escape closes.
 */
public final class SearchDialog {

  private final SearchViewModel model;
  private final Stage stage = new Stage();
  private final TextField field = new TextField();
  private final ListView<Line> results = new ListView<>();

  public SearchDialog(Window owner, SearchViewModel model) {
    this.model = model;
    model.setOnOpened(stage::hide);
    stage.initOwner(owner);
    stage.initModality(Modality.NONE);
    stage.setTitle(Messages.get("search.title"));

    field.setId("search-field");
    field.setPromptText(Messages.get("search.prompt"));
    field.textProperty().bindBidirectional(model.queryProperty());
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
            results.requestFocus();
            selectFirstHit();
            e.consume();
          } else if (e.getCode() == KeyCode.ENTER) {
            model.openFirstHit();
            e.consume();
          }
        });

    results.setId("search-results");
    results.setItems(model.lines());
    results.setCellFactory(list -> new LineCell());
    results.setPlaceholder(new Label(""));
    results.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openSelected();
            e.consume();
          }
        });
    results.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            openSelected();
          }
        });
    model.lines().addListener((javafx.collections.ListChangeListener<Line>) c -> selectFirstHit());

    Label status = new Label();
    status.setId("search-status");
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add("text-muted");

    VBox.setVgrow(results, Priority.ALWAYS);
    VBox root = new VBox(8, field, status, results);
    root.setPadding(new Insets(12));
    Scene scene = new Scene(root, 640, 520);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    scene.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            stage.hide();
          }
        });
    stage.setScene(scene);
  }

  /** Shows the window with the typed words selected, ready for new ones. */
  public void show() {
    if (!stage.isShowing()) {
      stage.show();
    }
    stage.toFront();
    field.requestFocus();
    field.selectAll();
    model.searchNow();
  }

  private void selectFirstHit() {
    Hit first = model.firstHit();
    if (first != null) {
      results.getSelectionModel().select(first);
    }
  }

  private void openSelected() {
    Line line = results.getSelectionModel().getSelectedItem();
    if (line instanceof Hit hit) {
      open(hit.hit());
    }
  }

  private void open(SearchHit hit) {
    model.open(hit);
  }

  private static final class LineCell extends ListCell<Line> {
    @Override
    protected void updateItem(Line line, boolean empty) {
      super.updateItem(line, empty);
      setText(null);
      if (empty || line == null) {
        setGraphic(null);
        return;
      }
      if (line instanceof Heading heading) {
        Label label =
            new Label(
                Messages.get("search.heading", Messages.of(heading.kind()), heading.count()),
                new FontIcon(Feather.CHEVRON_DOWN));
        label.getStyleClass().add("search-heading");
        setGraphic(label);
        setDisable(false);
      } else if (line instanceof Hit hit) {
        Label title = new Label(hit.hit().title());
        title.getStyleClass().add("search-hit-title");
        VBox box = new VBox(2, title, snippet(hit.hit()));
        box.setPadding(new Insets(2, 0, 2, 16));
        setGraphic(box);
      }
    }

    private static TextFlow snippet(SearchHit hit) {
      TextFlow flow = new TextFlow();
      flow.getStyleClass().add("search-snippet");
      String text = hit.snippet();
      int at = 0;
      for (TextSpan mark : hit.marks()) {
        flow.getChildren().add(new Text(text.substring(at, mark.start())));
        Text marked = new Text(text.substring(mark.start(), mark.end()));
        marked.getStyleClass().add("search-mark");
        flow.getChildren().add(marked);
        at = mark.end();
      }
      flow.getChildren().add(new Text(text.substring(at)));
      flow.setPrefWidth(560);
      return flow;
    }
  }
}
