package com.outsidein.ui.canvas;

import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CitationTarget;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Ask;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.SelectWhenListed;
import com.outsidein.ui.Tables;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Think / Plan / Do canvases: the list, and the selected canvas laid out like a wall chart. */
public final class CanvasesScreen implements Screen {

  private final CanvasViewModel model;
  private final Alerts alerts;
  private final TableView<CanvasSummary> table = Tables.table(Messages.get("canvases.empty"));
  private final SplitPane root;
  private final SelectWhenListed<CanvasSummary> selection;

  /**
   * @param open opens what a citation points at (an insight, or an observation's interview passage)
   */
  public CanvasesScreen(CanvasViewModel model, Alerts alerts, Consumer<CitationTarget> open) {
    this.model = model;
    this.alerts = alerts;
    table.setId("canvases-table");
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("canvases.empty"));
    table.setItems(model.list().items());
    selection = new SelectWhenListed<>(table, c -> c.canvas().id());
    table
        .getColumns()
        .add(Tables.text(Messages.get("canvases.title"), c -> c.canvas().title(), 170));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("canvases.answered"),
                c -> Messages.get("canvases.ofTotal", c.promptsAnswered(), c.prompts()),
                80));
    Tables.selectFirstWhenFilled(table);
    Tables.keepSelection(table, model.list(), c -> c.canvas().id());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, selected) -> {
              if (selected != null) {
                model.show(selected.canvas().id());
              } else if (!model.list().isReplacing()) {
                model.show(null);
              }
            });
    Button add = new Button(Messages.get("canvas.new"), new FontIcon(Feather.PLUS));
    add.setOnAction(e -> create());
    Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> delete());
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox left = new VBox(new ToolBar(add, delete), table);
    left.setPrefWidth(270);
    left.setMaxWidth(360);
    root = new SplitPane(left, new CanvasBoard(model, alerts, open).node());
    root.setDividerPositions(0.22);
    SplitPane.setResizableWithParent(left, false);
  }

  private void create() {
    Ask.text(root, Messages.get("canvas.new"), Messages.get("canvases.title"), "")
        .ifPresent(title -> model.create(title, created -> selection.select(created.id())));
  }

  private void delete() {
    CanvasSummary selected = table.getSelectionModel().getSelectedItem();
    if (selected != null
        && alerts.confirm(
            Messages.get("canvas.delete"),
            Messages.get("canvas.deleteConfirm", selected.canvas().title()))) {
      model.delete(selected.canvas().id());
    }
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void close() {
    model.close();
  }
}
