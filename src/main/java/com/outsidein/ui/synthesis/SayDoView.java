package com.outsidein.ui.synthesis;

import com.outsidein.domain.SayDoRow;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Tables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Per code: how many says, does and says-they-do, the mean sentiment of what people say they do and
 * of what they were seen to do, and the gap between them. Flagged gaps come first, marked more
 * strongly the larger they are.
 */
final class SayDoView {

  private final TableView<SayDoRow> table = Tables.table(Messages.get("synthesis.sayDoEmpty"));
  private final Label headline = new Label();
  private final VBox root;

  SayDoView(SynthesisViewModel model) {
    table.setId("say-do-table");
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("synthesis.sayDoEmpty"));
    table.getColumns().add(markColumn());
    table.getColumns().add(Tables.text(Messages.get("synthesis.code"), SayDoRow::path, 300));
    table.getColumns().add(Tables.number(Messages.get("synthesis.says"), SayDoRow::says, 56));
    table.getColumns().add(Tables.number(Messages.get("synthesis.does"), SayDoRow::does, 56));
    table
        .getColumns()
        .add(Tables.number(Messages.get("synthesis.saysTheyDo"), SayDoRow::saysTheyDo, 115));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("synthesis.meanSaysTheyDo"),
                r -> mean(r.meanSaysTheyDo(), r.saysTheyDoRated()),
                150));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("synthesis.meanDoes"), r -> mean(r.meanDoes(), r.doesRated()), 110));
    table.getColumns().add(gapColumn());
    // Figures keep their width; the code's path takes what room is left.
    table.getColumns().stream()
        .skip(2)
        .forEach(column -> column.setMinWidth(column.getPrefWidth()));
    table.setRowFactory(
        view ->
            new TableRow<>() {
              @Override
              protected void updateItem(SayDoRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("gap-gap", "gap-large-gap");
                if (!empty && row != null && GapMark.of(row) != GapMark.NONE) {
                  getStyleClass().add(GapMark.of(row).styleClass());
                }
              }
            });
    headline.setId("say-do-headline");
    headline.getStyleClass().add("title-4");
    headline.setWrapText(true);
    Label explain = new Label(Messages.get("synthesis.sayDoExplain"));
    explain.getStyleClass().add("text-muted");
    explain.setWrapText(true);
    VBox.setVgrow(table, Priority.ALWAYS);
    root = new VBox(8, headline, explain, table);
    root.setPadding(new Insets(12));
    model
        .loadedProperty()
        .addListener((obs, old, now) -> show(now == null ? List.of() : now.sayDo()));
  }

  Node node() {
    return root;
  }

  private void show(List<SayDoRow> rows) {
    List<SayDoRow> ordered = new ArrayList<>(rows);
    ordered.sort(
        Comparator.comparing((SayDoRow r) -> !r.flagged())
            .thenComparing(r -> r.flagged() ? -Math.abs(r.gap()) : 0));
    table.getItems().setAll(ordered);
    long flagged = rows.stream().filter(SayDoRow::flagged).count();
    headline.setText(
        rows.isEmpty()
            ? Messages.get("synthesis.sayDoNone")
            : Messages.get("synthesis.sayDoHeadline", flagged, rows.size()));
  }

  private static String mean(Double mean, int rated) {
    return mean == null ? "\u2014" : Messages.get("synthesis.meanOf", signed(mean), rated);
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.1f", value);
  }

  private static TableColumn<SayDoRow, SayDoRow> markColumn() {
    TableColumn<SayDoRow, SayDoRow> column = new TableColumn<>();
    column.setPrefWidth(36);
    column.setMinWidth(36);
    column.setMaxWidth(40);
    column.setSortable(false);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(SayDoRow row, boolean empty) {
                super.updateItem(row, empty);
                GapMark mark = empty || row == null ? GapMark.NONE : GapMark.of(row);
                if (mark == GapMark.NONE) {
                  setGraphic(null);
                  return;
                }
                FontIcon icon =
                    new FontIcon(
                        mark == GapMark.LARGE_GAP ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE);
                icon.getStyleClass().addAll("gap-icon", mark.styleClass());
                setGraphic(icon);
              }
            });
    return column;
  }

  /** The gap as a number and a bar growing left (does better) or right (says better). */
  private static TableColumn<SayDoRow, SayDoRow> gapColumn() {
    TableColumn<SayDoRow, SayDoRow> column = new TableColumn<>(Messages.get("synthesis.gap"));
    column.setPrefWidth(190);
    column.setMinWidth(190);
    column.setSortable(false);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(SayDoRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null || row.gap() == null) {
                  setGraphic(null);
                  return;
                }
                double gap = row.gap();
                Region bar = new Region();
                bar.getStyleClass().addAll("gap-bar", GapMark.of(row).styleClass());
                bar.setPrefWidth(Math.min(1, Math.abs(gap) / 4) * 70);
                bar.setMinHeight(10);
                bar.setMaxHeight(10);
                StackPane left = new StackPane();
                StackPane right = new StackPane();
                left.setPrefWidth(70);
                right.setPrefWidth(70);
                left.setMinWidth(70);
                right.setMinWidth(70);
                (gap < 0 ? left : right).getChildren().add(bar);
                StackPane.setAlignment(bar, gap < 0 ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                Region axis = new Region();
                axis.getStyleClass().add("gap-axis");
                axis.setPrefWidth(1);
                axis.setMinHeight(16);
                Label value = new Label(signed(gap));
                value.getStyleClass().add("gap-value");
                value.setMinWidth(Region.USE_PREF_SIZE);
                if (row.flagged()) {
                  value.getStyleClass().add(GapMark.of(row).styleClass());
                }
                HBox box = new HBox(0, left, axis, right, new Label(" "), value);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
              }
            });
    return column;
  }
}
