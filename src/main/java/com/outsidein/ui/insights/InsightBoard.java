package com.outsidein.ui.insights;

import com.outsidein.domain.InsightSummary;
import com.outsidein.ui.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The insights as cards in columns, one column per facet or knowledge stage. */
final class InsightBoard {

  private static final double COLUMN_WIDTH = 230;

  private final InsightBoardViewModel model;
  private final HBox columns = new HBox(12);
  private final ScrollPane root = new ScrollPane(columns);

  InsightBoard(InsightBoardViewModel model) {
    this.model = model;
    columns.setPadding(new Insets(12));
    columns.setId("insight-board");
    root.setFitToHeight(true);
    root.getStyleClass().add("edge-to-edge");
    model
        .insights()
        .addListener((javafx.collections.ListChangeListener<InsightSummary>) c -> draw());
    model.groupingProperty().addListener((obs, old, now) -> draw());
    model.studyProperty().addListener((obs, old, now) -> draw());
    model.selectedProperty().addListener((obs, old, now) -> draw());
    draw();
  }

  Node node() {
    return root;
  }

  private void draw() {
    columns.getChildren().clear();
    InsightSummary selected = model.selectedProperty().get();
    for (Enum<?> group : model.groupingProperty().get().groups()) {
      columns.getChildren().add(column(group, model.inGroup(group), selected));
    }
  }

  private VBox column(Enum<?> group, List<InsightSummary> insights, InsightSummary selected) {
    Label header = new Label(Messages.of(group));
    header.getStyleClass().add("insight-column-title");
    header.setWrapText(true);
    Label count = new Label(String.valueOf(insights.size()));
    count.getStyleClass().add("insight-column-count");
    HBox top = new HBox(6, header, count);
    VBox cards = new VBox(8);
    for (InsightSummary summary : insights) {
      cards
          .getChildren()
          .add(
              new InsightCard(
                  summary,
                  selected != null && selected.id() == summary.id(),
                  model::select,
                  model::addEvidence));
    }
    if (insights.isEmpty()) {
      Label empty = new Label(Messages.get("insight.columnEmpty"));
      empty.getStyleClass().add("insight-column-empty");
      empty.setWrapText(true);
      cards.getChildren().add(empty);
    }
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox column = new VBox(8, top, scroll);
    column.getStyleClass().add("insight-column");
    column.setId("insight-column-" + group.name().toLowerCase(java.util.Locale.ROOT));
    column.setPrefWidth(COLUMN_WIDTH);
    column.setMinWidth(COLUMN_WIDTH);
    return column;
  }
}
