package com.outsidein.ui.synthesis;

import com.outsidein.domain.JourneyMap;
import com.outsidein.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Journey stages across, customer functions or touchpoints down; each cell shows how many
 * observations and their average sentiment, coloured from negative (red) to positive (green), and
 * opens its observations.
 */
final class JourneyMapView {

  private final SynthesisViewModel model;
  private final GridPane grid = new GridPane();
  private final Label empty = new Label();
  private final StackPane root;

  JourneyMapView(SynthesisViewModel model) {
    this.model = model;
    grid.setId("journey-grid");
    grid.getStyleClass().add("synthesis-grid");
    grid.setHgap(4);
    grid.setVgap(4);
    empty.getStyleClass().addAll("text-muted", "empty-hint");
    empty
        .textProperty()
        .bind(
            Bindings.when(model.loadingProperty())
                .then(Messages.get("common.loading"))
                .otherwise(Messages.get("synthesis.journeyEmpty")));
    empty.setWrapText(true);
    empty.setMaxWidth(420);
    VBox content = new VBox(12, grid, legend());
    content.setPadding(new Insets(12));
    ScrollPane scroll = new ScrollPane(content);
    scroll.getStyleClass().add("edge-to-edge");
    root = new StackPane(scroll, empty);
    model.loadedProperty().addListener((obs, old, now) -> draw(now == null ? null : now.journey()));
  }

  Node node() {
    return root;
  }

  private void draw(JourneyMap map) {
    grid.getChildren().clear();
    empty.setVisible(map == null || map.total() == 0);
    if (map == null) {
      return;
    }
    Label corner = new Label(Messages.get("synthesis.journeyCorner." + map.rowDimension().name()));
    corner.getStyleClass().add("grid-header");
    grid.add(corner, 0, 0);
    for (int c = 0; c < map.columns().size(); c++) {
      Label stage = new Label(name(map.columns().get(c)));
      stage.getStyleClass().addAll("grid-header", "journey-stage");
      stage.setMaxWidth(Double.MAX_VALUE);
      stage.setAlignment(Pos.CENTER);
      grid.add(stage, c + 1, 0);
    }
    for (int r = 0; r < map.rows().size(); r++) {
      JourneyMap.Axis row = map.rows().get(r);
      Label header = new Label(name(row));
      header.getStyleClass().add("grid-row-header");
      grid.add(header, 0, r + 1);
      for (int c = 0; c < map.columns().size(); c++) {
        grid.add(cell(row, map.columns().get(c), map.cells().get(r).get(c)), c + 1, r + 1);
      }
    }
  }

  private Node cell(JourneyMap.Axis row, JourneyMap.Axis stage, JourneyMap.Cell cell) {
    VBox box = new VBox(0);
    box.setAlignment(Pos.CENTER);
    box.setMinSize(86, 52);
    box.getStyleClass().add("journey-cell");
    box.setId(
        "journey-cell-"
            + (row.valueId() == null ? "none" : row.valueId())
            + "-"
            + (stage.valueId() == null ? "none" : stage.valueId()));
    if (cell.isEmpty()) {
      box.getStyleClass().add("journey-cell-empty");
      return box;
    }
    Label count = new Label(String.valueOf(cell.count()));
    count.getStyleClass().add("journey-count");
    Label mean =
        new Label(
            cell.meanSentiment() == null
                ? Messages.get("synthesis.noSentiment")
                : Messages.get("synthesis.avg", SayDoView.signed(cell.meanSentiment())));
    mean.getStyleClass().add("journey-mean");
    String style = Shades.sentiment(cell.meanSentiment());
    box.setStyle(style);
    String text = style.contains("white") ? "-fx-text-fill: white;" : "-fx-text-fill: #24292f;";
    count.setStyle(text);
    mean.setStyle(text);
    box.getChildren().addAll(count, mean);
    box.getStyleClass().add("clickable-cell");
    Tooltip.install(box, new Tooltip(Messages.get("synthesis.openCell", cell.count())));
    box.setOnMouseClicked(e -> model.openJourneyCell(row, stage, cell));
    return box;
  }

  private static String name(JourneyMap.Axis axis) {
    return axis.isNotSet() ? Messages.get("synthesis.notSet") : axis.name();
  }

  private static Node legend() {
    HBox legend = new HBox(4);
    legend.setAlignment(Pos.CENTER_LEFT);
    Label title = new Label(Messages.get("synthesis.legend"));
    title.getStyleClass().add("text-muted");
    legend.getChildren().add(title);
    for (double s : new double[] {-2, -1, 0, 1, 2}) {
      Label swatch = new Label(SayDoView.signed(s));
      swatch.setMinWidth(40);
      swatch.setAlignment(Pos.CENTER);
      swatch.setStyle(Shades.sentiment(s) + " -fx-padding: 2 6 2 6; -fx-background-radius: 3;");
      legend.getChildren().add(swatch);
    }
    Label none = new Label(Messages.get("synthesis.noSentiment"));
    none.setStyle(Shades.sentiment(null) + " -fx-padding: 2 6 2 6; -fx-background-radius: 3;");
    Region gap = new Region();
    gap.setMinWidth(8);
    legend.getChildren().addAll(gap, none);
    return legend;
  }
}
