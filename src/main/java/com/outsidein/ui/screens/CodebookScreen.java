package com.outsidein.ui.screens;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Ask;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.DragContent;
import com.outsidein.ui.Fit;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.PickerDialog;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The codebook tree: add, rename, colour, define, move (drag and drop, or "Move to…"), merge and
 * delete codes, with how often each is used.
 */
public final class CodebookScreen implements Screen {

  private final CodebookViewModel model;
  private final Alerts alerts;
  private final TreeTableView<CodeUsage> tree = new TreeTableView<>();
  private final TextField name = new TextField();
  private final ColorPicker colour = new ColorPicker();
  private final TextArea definition = new TextArea();
  private final TextArea memo = new TextArea();
  private final BorderPane root = new BorderPane();
  private Long selectId;

  public CodebookScreen(CodebookViewModel model, Alerts alerts) {
    this.model = model;
    this.alerts = alerts;
    buildTree();
    SplitPane split = new SplitPane(tree, detail());
    split.setDividerPositions(0.62);
    root.setTop(toolbar());
    root.setCenter(split);
    model.usage().items().addListener((ListChangeListener<CodeUsage>) change -> rebuild());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, item) ->
                model.selectedProperty().set(item == null ? null : item.getValue().code()));
    model.selectedProperty().addListener((obs, old, code) -> showDetail(code));
    showDetail(null);
  }

  private ToolBar toolbar() {
    Button add = button("codebook.new", Feather.PLUS, this::addTopLevel);
    add.setId("code-new");
    Button addChild = button("codebook.newChild", Feather.CORNER_DOWN_RIGHT, this::addChild);
    Button moveTo = button("codebook.moveTo", Feather.MOVE, this::moveTo);
    moveTo.setId("code-move-to");
    Button mergeInto = button("codebook.mergeInto", Feather.GIT_MERGE, this::mergeInto);
    Button delete = button("codebook.delete", Feather.TRASH_2, this::delete);
    for (Button needsSelection : List.of(addChild, moveTo, mergeInto, delete)) {
      needsSelection.disableProperty().bind(model.selectedProperty().isNull());
    }
    return new ToolBar(add, addChild, moveTo, mergeInto, delete);
  }

  private static Button button(String key, Feather icon, Runnable action) {
    Button button = new Button(Messages.get(key), new FontIcon(icon));
    button.setOnAction(e -> action.run());
    return button;
  }

  private void buildTree() {
    tree.setId("codebook-tree");
    tree.setShowRoot(false);
    LoadingPlaceholder.show(
        tree.placeholderProperty(), model.loadingProperty(), Messages.get("codebook.empty"));
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TreeTableColumn<CodeUsage, CodeUsage> nameColumn =
        new TreeTableColumn<>(Messages.get("codebook.name"));
    nameColumn.setPrefWidth(300);
    nameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
    nameColumn.setCellFactory(column -> new CodeNameCell());
    TreeTableColumn<CodeUsage, Number> count =
        new TreeTableColumn<>(Messages.get("codebook.count"));
    count.setPrefWidth(100);
    count.setStyle("-fx-alignment: CENTER-RIGHT;");
    count.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().observations()));
    TreeTableColumn<CodeUsage, Number> total =
        new TreeTableColumn<>(Messages.get("codebook.withSubcodes"));
    total.setPrefWidth(110);
    total.setStyle("-fx-alignment: CENTER-RIGHT;");
    total.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().withSubcodes()));
    TreeTableColumn<CodeUsage, String> definitionColumn =
        new TreeTableColumn<>(Messages.get("codebook.definition"));
    definitionColumn.setPrefWidth(420);
    definitionColumn.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().code().definition()));
    tree.getColumns().add(nameColumn);
    tree.getColumns().add(count);
    tree.getColumns().add(total);
    tree.getColumns().add(definitionColumn);
    Tables.headersReadInFull(tree, tree.getColumns());
    tree.setRowFactory(view -> draggableRow());
    tree.setOnDragOver(
        e -> {
          if (DragContent.codeId(e.getDragboard()::getContent).isPresent()) {
            e.acceptTransferModes(TransferMode.MOVE);
          }
        });
    tree.setOnDragDropped(
        e -> {
          DragContent.codeId(e.getDragboard()::getContent).ifPresent(id -> model.move(id, null));
          e.setDropCompleted(true);
          e.consume();
        });
    tree.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DELETE) {
            delete();
          } else if (new javafx.scene.input.KeyCodeCombination(
                  KeyCode.M, KeyCombination.SHORTCUT_DOWN)
              .match(e)) {
            moveTo();
          }
        });
    MenuItem moveItem = new MenuItem(Messages.get("codebook.moveTo"));
    moveItem.setOnAction(e -> moveTo());
    MenuItem mergeItem = new MenuItem(Messages.get("codebook.mergeInto"));
    mergeItem.setOnAction(e -> mergeInto());
    MenuItem childItem = new MenuItem(Messages.get("codebook.newChild"));
    childItem.setOnAction(e -> addChild());
    MenuItem deleteItem = new MenuItem(Messages.get("codebook.delete"));
    deleteItem.setOnAction(e -> delete());
    tree.setContextMenu(new ContextMenu(childItem, moveItem, mergeItem, deleteItem));
  }

  /**
   * Rows drag onto rows: dropping a code on another moves it there (the same command as "Move
   * to…").
   */
  private TreeTableRow<CodeUsage> draggableRow() {
    TreeTableRow<CodeUsage> row = new TreeTableRow<>();
    row.setOnDragDetected(
        e -> {
          if (row.getItem() != null) {
            row.startDragAndDrop(TransferMode.MOVE)
                .setContent(DragContent.code(row.getItem().code().id()));
            e.consume();
          }
        });
    row.setOnDragOver(
        e -> {
          Optional<Long> dragged = DragContent.codeId(e.getDragboard()::getContent);
          if (row.getItem() != null
              && dragged.isPresent()
              && !model.tree().isWithin(row.getItem().code().id(), dragged.get())) {
            e.acceptTransferModes(TransferMode.MOVE);
          }
          e.consume();
        });
    row.setOnDragDropped(
        e -> {
          Optional<Long> dragged = DragContent.codeId(e.getDragboard()::getContent);
          if (row.getItem() != null && dragged.isPresent()) {
            model.move(dragged.get(), row.getItem().code().id());
          }
          e.setDropCompleted(dragged.isPresent());
          e.consume();
        });
    return row;
  }

  private Node detail() {
    name.setId("code-name");
    definition.setId("code-definition");
    definition.setWrapText(true);
    definition.setPrefRowCount(4);
    memo.setWrapText(true);
    memo.setPrefRowCount(6);
    colour.setId("code-colour");
    CommitOnLeave.text(
        name, () -> current().map(Code::name).orElse(""), text -> edit(c -> c.withName(text)));
    CommitOnLeave.text(
        definition,
        () -> current().map(Code::definition).orElse(""),
        text -> edit(c -> c.withDefinition(text)));
    CommitOnLeave.text(
        memo, () -> current().map(Code::memo).orElse(""), text -> edit(c -> c.withMemo(text)));
    colour.setOnAction(e -> edit(c -> c.withColour(hex(colour.getValue()))));
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.setPadding(new Insets(16));
    Fit.labelColumn(form);
    form.addRow(0, new Label(Messages.get("codebook.name")), name);
    form.addRow(1, new Label(Messages.get("codebook.colour")), colour);
    form.addRow(2, new Label(Messages.get("codebook.definition")), definition);
    form.addRow(3, new Label(Messages.get("codebook.memo")), memo);
    GridPane.setHgrow(name, Priority.ALWAYS);
    GridPane.setHgrow(definition, Priority.ALWAYS);
    GridPane.setVgrow(memo, Priority.ALWAYS);
    form.disableProperty().bind(model.selectedProperty().isNull());
    return form;
  }

  private Optional<Code> current() {
    return Optional.ofNullable(model.selectedProperty().get());
  }

  private void edit(java.util.function.UnaryOperator<Code> change) {
    current().ifPresent(code -> model.update(change.apply(code)));
  }

  private static String hex(Color color) {
    return String.format(
        "#%02X%02X%02X",
        (int) Math.round(color.getRed() * 255),
        (int) Math.round(color.getGreen() * 255),
        (int) Math.round(color.getBlue() * 255));
  }

  private void showDetail(Code code) {
    name.setText(code == null ? "" : code.name());
    definition.setText(code == null ? "" : code.definition());
    memo.setText(code == null ? "" : code.memo());
    colour.setValue(code == null || code.colour() == null ? Color.GRAY : parse(code.colour()));
  }

  private static Color parse(String colour) {
    try {
      return Color.web(colour);
    } catch (IllegalArgumentException e) {
      return Color.GRAY;
    }
  }

  private void addTopLevel() {
    askName(Messages.get("codebook.new")).ifPresent(text -> model.create(null, text, this::select));
  }

  private void addChild() {
    current()
        .ifPresent(
            parent ->
                askName(Messages.get("codebook.newChildOf", parent.name()))
                    .ifPresent(text -> model.create(parent.id(), text, this::select)));
  }

  private Optional<String> askName(String title) {
    return Ask.text(tree, title, Messages.get("codebook.name"), "");
  }

  /** "Move to…": choose the new parent (or the top level) by typing. */
  private void moveTo() {
    current()
        .ifPresent(
            code -> {
              CodeTree codes = model.tree();
              List<Optional<Code>> targets = new ArrayList<>();
              targets.add(Optional.empty());
              model.moveTargets(code.id()).forEach(c -> targets.add(Optional.of(c)));
              new PickerDialog<>(
                      tree.getScene().getWindow(),
                      Messages.get("codebook.moveTitle", code.name()),
                      targets,
                      target ->
                          target
                              .map(c -> codes.pathOf(c.id()))
                              .orElse(Messages.get("codebook.topLevel")))
                  .choose()
                  .ifPresent(target -> model.move(code.id(), target.map(Code::id).orElse(null)));
            });
  }

  private void mergeInto() {
    current()
        .ifPresent(
            code -> {
              CodeTree codes = model.tree();
              new PickerDialog<>(
                      tree.getScene().getWindow(),
                      Messages.get("codebook.mergeTitle", code.name()),
                      model.moveTargets(code.id()),
                      c -> codes.pathOf(c.id()))
                  .choose()
                  .ifPresent(
                      target -> {
                        if (alerts.confirm(
                            Messages.get("codebook.mergeInto"),
                            Messages.get(
                                "codebook.mergeConfirm",
                                codes.pathOf(code.id()),
                                codes.pathOf(target.id())))) {
                          model.merge(code.id(), target.id());
                        }
                      });
            });
  }

  private void delete() {
    current()
        .ifPresent(
            code ->
                model.impactOfDeleting(
                    code.id(),
                    impact -> {
                      boolean sure =
                          impact.isNone()
                              || alerts.confirm(
                                  Messages.get("codebook.delete"),
                                  Messages.get(
                                      "codebook.deleteConfirm",
                                      code.name(),
                                      impact.children(),
                                      impact.codings()));
                      if (sure) {
                        model.delete(code.id());
                      }
                    }));
  }

  private void select(Code code) {
    selectId = code.id();
  }

  private void rebuild() {
    List<CodeUsage> usage = model.usage().items();
    Long keep = selectId != null ? selectId : current().map(Code::id).orElse(null);
    selectId = null;
    Map<Long, CodeUsage> byId = new java.util.HashMap<>();
    usage.forEach(u -> byId.put(u.code().id(), u));
    CodeTree codes = model.tree();
    TreeItem<CodeUsage> rootItem = new TreeItem<>();
    List<TreeItem<CodeUsage>> all = new ArrayList<>();
    addChildren(rootItem, codes, byId, all);
    tree.setRoot(rootItem);
    if (keep != null) {
      all.stream()
          .filter(item -> item.getValue().code().id() == keep)
          .findFirst()
          .ifPresent(
              item -> {
                tree.getSelectionModel().select(item);
                tree.scrollTo(tree.getRow(item));
              });
    }
  }

  /** Deeper than this, codes are shown one level down from the last shown ancestor. */
  public static final int MAX_SHOWN_DEPTH = 40;

  /** A code still to place: its id, the row its children hang under, and that row's depth. */
  private record Pending(Long codeId, TreeItem<CodeUsage> row, int depth) {}

  /**
   * Hangs every code under its parent, walking the tree with a queue rather than recursion so that
   * no codebook can overflow the stack (the table's own layout recurses over depth, so a chain
   * deeper than any the app makes is flattened at {@link #MAX_SHOWN_DEPTH}); a code is placed once,
   * so a loop ends.
   */
  private static void addChildren(
      TreeItem<CodeUsage> root,
      CodeTree codes,
      Map<Long, CodeUsage> byId,
      List<TreeItem<CodeUsage>> all) {
    Deque<Pending> pending = new ArrayDeque<>();
    pending.add(new Pending(null, root, 0));
    Set<Long> placed = new HashSet<>();
    while (!pending.isEmpty()) {
      Pending next = pending.poll();
      for (Code child : codes.childrenOf(next.codeId())) {
        if (!placed.add(child.id())) {
          continue;
        }
        TreeItem<CodeUsage> item = new TreeItem<>(byId.get(child.id()));
        item.setExpanded(true);
        next.row().getChildren().add(item);
        all.add(item);
        boolean deeper = next.depth() + 1 < MAX_SHOWN_DEPTH;
        pending.add(
            new Pending(child.id(), deeper ? item : next.row(), next.depth() + (deeper ? 1 : 0)));
      }
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
      setGraphic(colour == null ? null : new Circle(5, parse(colour)));
      setTooltip(usage.code().memo().isBlank() ? null : new Tooltip(usage.code().memo()));
    }
  }

  @Override
  public Node node() {
    return root;
  }

  /** The view model loads and refreshes itself. */
  @Override
  public void close() {
    model.close();
  }
}
