package com.outsidein.ui.synthesis;

import com.outsidein.domain.CodeMatrix;
import com.outsidein.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * Codes down, the values of a dimension across, the number of observations in each cell shaded by
 * its size. A cell with observations opens them.
 */
final class MatrixView {

  private final SynthesisViewModel model;
  private final GridPane grid = new GridPane();
  private final Label empty = new Label();
  private final StackPane root;

  MatrixView(SynthesisViewModel model) {
    this.model = model;
    grid.setId("matrix-grid");
    grid.getStyleClass().add("synthesis-grid");
    grid.setHgap(2);
    grid.setVgap(2);
    grid.setPadding(new Insets(12));
    empty.getStyleClass().addAll("text-muted", "empty-hint");
    empty
        .textProperty()
        .bind(
            Bindings.when(model.loadingProperty())
                .then(Messages.get("common.loading"))
                .otherwise(Messages.get("synthesis.matrixEmpty")));
    empty.setWrapText(true);
    empty.setMaxWidth(420);
    ScrollPane scroll = new ScrollPane(grid);
    scroll.getStyleClass().add("edge-to-edge");
    root = new StackPane(scroll, empty);
    model.loadedProperty().addListener((obs, old, now) -> draw(now == null ? null : now.matrix()));
  }

  Node node() {
    return root;
  }

  private void draw(CodeMatrix matrix) {
    grid.getChildren().clear();
    boolean nothing = matrix == null || matrix.rows().stream().allMatch(r -> r.total() == 0);
    empty.setVisible(nothing);
    if (matrix == null) {
      return;
    }
    int max =
        matrix.rows().stream()
            .flatMap(r -> r.counts().stream())
            .mapToInt(Integer::intValue)
            .max()
            .orElse(0);
    Label corner = new Label(Messages.get("synthesis.code"));
    corner.getStyleClass().add("grid-header");
    grid.add(corner, 0, 0);
    for (int c = 0; c < matrix.columns().size(); c++) {
      String name = matrix.columns().get(c).name();
      Label header = new Label(name == null ? Messages.get("synthesis.notSet") : name);
      header.getStyleClass().add("grid-header");
      header.setWrapText(true);
      header.setMaxWidth(110);
      grid.add(header, c + 1, 0);
    }
    Label totalHeader = new Label(Messages.get("synthesis.total"));
    totalHeader.getStyleClass().add("grid-header");
    grid.add(totalHeader, matrix.columns().size() + 1, 0);
    int line = 1;
    for (CodeMatrix.Row row : matrix.rows()) {
      Label code = new Label(leaf(row.path()));
      code.setPadding(new Insets(0, 8, 0, 6 + 14 * row.depth()));
      code.getStyleClass().add("grid-row-header");
      if (row.total() == 0) {
        code.getStyleClass().add("text-muted");
      }
      code.setTooltip(new Tooltip(row.path()));
      grid.add(code, 0, line);
      for (int c = 0; c < matrix.columns().size(); c++) {
        grid.add(cell(row, matrix.columns().get(c), row.counts().get(c), max), c + 1, line);
      }
      Label total = new Label(row.total() == 0 ? "" : String.valueOf(row.total()));
      total.getStyleClass().add("grid-total");
      total.setMaxWidth(Double.MAX_VALUE);
      total.setAlignment(Pos.CENTER);
      grid.add(total, matrix.columns().size() + 1, line);
      line++;
    }
  }

  private Label cell(CodeMatrix.Row row, CodeMatrix.Column column, int count, int max) {
    Label cell = new Label(count == 0 ? "" : String.valueOf(count));
    cell.getStyleClass().add("count-cell");
    cell.setId(
        "matrix-cell-"
            + row.codeId()
            + "-"
            + (column.valueId() == null ? "none" : column.valueId()));
    cell.setMinSize(64, 26);
    cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    cell.setAlignment(Pos.CENTER);
    cell.setStyle(Shades.count(count, max));
    if (count > 0) {
      cell.getStyleClass().add("clickable-cell");
      cell.setTooltip(new Tooltip(Messages.get("synthesis.openCell", count)));
      cell.setOnMouseClicked(e -> model.openMatrixCell(row, column));
    }
    return cell;
  }

  private static String leaf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
