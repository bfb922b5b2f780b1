package com.outsidein.ui.insights;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.InsightSummary;
import com.outsidein.ui.DragContent;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected insight's evidence: every quote with who said it, their account and segment, the
 * date and the kind; each opens its interview at the passage, and each can be removed. Observations
 * dropped here are added.
 */
final class EvidencePanel {

  private final InsightBoardViewModel model;
  private final ListView<AttributedObservation> list = new ListView<>();
  private final Label heading = new Label();
  private final VBox root;

  EvidencePanel(InsightBoardViewModel model, Navigator navigator) {
    this.model = model;
    list.setId("evidence-list");
    list.setItems(model.evidence());
    list.setCellFactory(view -> new ObservationListCell(navigator, this::remove));
    Label placeholder = new Label(Messages.get("evidence.empty"));
    placeholder.setWrapText(true);
    placeholder.getStyleClass().add("text-muted");
    list.setPlaceholder(placeholder);
    heading.setId("evidence-heading");
    heading.getStyleClass().add("title-4");
    model
        .evidence()
        .addListener(
            (javafx.collections.ListChangeListener<AttributedObservation>)
                c -> heading.setText(Messages.get("evidence.heading", model.evidence().size())));
    heading.setText(Messages.get("evidence.heading", 0));
    acceptDrops();
    VBox.setVgrow(list, Priority.ALWAYS);
    root = new VBox(8, heading, list);
    root.disableProperty().bind(model.selectedProperty().isNull());
  }

  Node node() {
    return root;
  }

  private void remove(AttributedObservation observation) {
    InsightSummary selected = model.selectedProperty().get();
    if (selected != null) {
      model.removeEvidence(selected.id(), List.of(observation.id()));
    }
  }

  private void acceptDrops() {
    list.setOnDragOver(
        e -> {
          if (model.selectedProperty().get() != null
              && !DragContent.observationIds(e.getDragboard()::getContent).isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK, TransferMode.MOVE);
          }
          e.consume();
        });
    list.setOnDragDropped(
        e -> {
          InsightSummary selected = model.selectedProperty().get();
          List<Long> ids = DragContent.observationIds(e.getDragboard()::getContent);
          if (selected != null && !ids.isEmpty()) {
            model.addEvidence(selected.id(), ids);
          }
          e.setDropCompleted(selected != null && !ids.isEmpty());
          e.consume();
        });
  }
}
