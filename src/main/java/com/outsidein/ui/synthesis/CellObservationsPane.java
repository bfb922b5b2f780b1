package com.outsidein.ui.synthesis;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.insights.ObservationListCell;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The observations behind the cell opened last, each opening its interview at the passage; closed
 * with its button or Escape.
 */
final class CellObservationsPane {

  private final VBox root;

  CellObservationsPane(SynthesisViewModel model, Navigator navigator) {
    Label title = new Label();
    title.setId("cell-title");
    title.getStyleClass().add("title-4");
    title.setWrapText(true);
    title
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.cellTitleProperty().isEmpty())
                .then(Messages.get("synthesis.cellNone"))
                .otherwise(model.cellTitleProperty()));
    ListView<AttributedObservation> list = new ListView<>(model.cellObservations());
    list.setId("cell-observations");
    list.setCellFactory(view -> new ObservationListCell(navigator, null));
    Label placeholder = new Label(Messages.get("synthesis.cellHint"));
    placeholder.setWrapText(true);
    placeholder.getStyleClass().add("text-muted");
    list.setPlaceholder(placeholder);
    VBox.setVgrow(list, Priority.ALWAYS);
    Button close = new Button(null, new FontIcon(Feather.X));
    close.setId("cell-close");
    close.getStyleClass().addAll("flat", "button-icon");
    close.setTooltip(new Tooltip(Messages.get("synthesis.cellClose")));
    close.setOnAction(e -> model.clearCell());
    HBox.setHgrow(title, Priority.ALWAYS);
    title.setMaxWidth(Double.MAX_VALUE);
    HBox header = new HBox(4, title, close);
    header.setAlignment(Pos.TOP_LEFT);
    root = new VBox(8, header, list);
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            model.clearCell();
            e.consume();
          }
        });
    root.getStyleClass().add("detail-pane");
    root.setMinWidth(280);
    root.setPrefWidth(360);
    root.setMaxWidth(460);
  }

  Node node() {
    return root;
  }
}
