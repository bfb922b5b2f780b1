package com.outsidein.ui.synthesis;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.insights.ObservationListCell;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The observations behind the cell opened last, each opening its interview at the passage. */
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
    root = new VBox(8, title, list);
    root.getStyleClass().add("detail-pane");
    root.setMinWidth(280);
    root.setPrefWidth(360);
    root.setMaxWidth(460);
  }

  Node node() {
    return root;
  }
}
