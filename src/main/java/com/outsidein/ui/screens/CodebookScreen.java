package com.outsidein.ui.screens;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.task.BackgroundTasks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The codebook as a tree, with each code's definition and how often it is used. */
public final class CodebookScreen implements Screen {

  private final ListViewModel<CodeUsage> model;
  private final TreeTableView<CodeUsage> tree = new TreeTableView<>();

  public CodebookScreen(BackgroundTasks tasks) {
    model = new ListViewModel<>(tasks, session -> session.codebook().usage());
    tree.setId("codebook-tree");
    tree.setShowRoot(false);
    tree.setPlaceholder(new Label(Messages.get("codebook.empty")));
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

    TreeTableColumn<CodeUsage, CodeUsage> name =
        new TreeTableColumn<>(Messages.get("codebook.name"));
    name.setPrefWidth(300);
    name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
    name.setCellFactory(column -> new CodeNameCell());
    TreeTableColumn<CodeUsage, Number> count =
        new TreeTableColumn<>(Messages.get("codebook.count"));
    count.setPrefWidth(110);
    count.setStyle("-fx-alignment: CENTER-RIGHT;");
    count.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().observations()));
    TreeTableColumn<CodeUsage, String> definition =
        new TreeTableColumn<>(Messages.get("codebook.definition"));
    definition.setPrefWidth(500);
    definition.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().code().definition()));
    tree.getColumns().add(name);
    tree.getColumns().add(count);
    tree.getColumns().add(definition);

    model.items().addListener((ListChangeListener<CodeUsage>) change -> rebuild(model.items()));
  }

  private void rebuild(List<CodeUsage> usage) {
    Map<Long, CodeUsage> byId = new HashMap<>();
    usage.forEach(u -> byId.put(u.code().id(), u));
    CodeTree codes = new CodeTree(usage.stream().map(CodeUsage::code).toList());
    TreeItem<CodeUsage> root = new TreeItem<>();
    addChildren(root, null, codes, byId);
    tree.setRoot(root);
  }

  private static void addChildren(
      TreeItem<CodeUsage> parent, Long parentId, CodeTree codes, Map<Long, CodeUsage> byId) {
    for (Code child : codes.childrenOf(parentId)) {
      TreeItem<CodeUsage> item = new TreeItem<>(byId.get(child.id()));
      item.setExpanded(true);
      parent.getChildren().add(item);
      addChildren(item, child.id(), codes, byId);
    }
  }

  /** A code's name with a dot of its colour. */
  private static final class CodeNameCell extends TreeTableCell<CodeUsage, CodeUsage> {
    @Override
    protected void updateItem(CodeUsage usage, boolean empty) {
      super.updateItem(usage, empty);
      if (empty || usage == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(usage.code().name());
      String colour = usage.code().colour();
      setGraphic(colour == null ? null : new Circle(5, Color.web(colour, 1.0)));
    }
  }

  @Override
  public Node node() {
    return tree;
  }

  @Override
  public void reload(WorkspaceSession session) {
    model.load(session);
  }
}
