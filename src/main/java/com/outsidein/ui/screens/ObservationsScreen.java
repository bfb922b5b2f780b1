package com.outsidein.ui.screens;

import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Labels;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.PickerDialog;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.entry.QuickEntryBar;
import com.outsidein.ui.entry.QuickEntryViewModel.CodeChoice;
import com.outsidein.ui.insights.ObservationInsightActions;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every observation: a quick-entry bar, filters on every cut, inline editing, codes added to or
 * removed from many rows at once. Quotes without consent carry a visible mark.
 */
public final class ObservationsScreen implements Screen, com.outsidein.ui.Revealing {

  private static final KeyCombination ADD_CODE =
      new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination REMOVE_CODE =
      new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private final ObservationsViewModel model;
  private final Alerts alerts;
  private final TableView<ObservationRow> table = Tables.table(Messages.get("observations.empty"));
  private final QuickEntryBar entryBar;
  private final BorderPane root = new BorderPane();
  private final ObservationInsightActions insightActions;

  public ObservationsScreen(ObservationsViewModel model, Alerts alerts) {
    this.model = model;
    this.alerts = alerts;
    this.entryBar = new QuickEntryBar(model.entry());
    this.insightActions = new ObservationInsightActions(table, model.insightCommands());
    Label target = new Label();
    target.getStyleClass().add("text-muted");
    target.textProperty().bind(model.entryTargetProperty());
    entryBar.getChildren().add(target);

    buildTable();
    root.setTop(new VBox(entryBar, filters(), actions()));
    root.setCenter(table);
    root.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
            entryBar.focusText();
            e.consume();
          }
        });
  }

  /** Puts the cursor in the quick-entry bar. */
  @Override
  public boolean focusEntry() {
    entryBar.focusText();
    return true;
  }

  public ObservationsViewModel model() {
    return model;
  }

  private FlowPane filters() {
    FlowPane pane = new FlowPane(8, 6);
    pane.setPadding(new Insets(4, 8, 4, 8));
    pane.setAlignment(Pos.CENTER_LEFT);
    String[] ids = {
      "study", "interview", "person", "account", "segment", "kind", "code", "stage", "sentiment"
    };
    int i = 0;
    for (ObservationFilters.Filter<?> filter : model.filters()) {
      pane.getChildren().add(filterBox(filter, "filter-" + ids[i++]));
    }
    Button clear = new Button(Messages.get("filter.clearAll"), new FontIcon(Feather.X));
    clear.setOnAction(e -> model.clearFilters());
    Label count = new Label();
    count.setId("observations-count");
    count.textProperty().bind(model.countTextProperty());
    count.getStyleClass().add("text-muted");
    pane.getChildren().addAll(clear, count);
    return pane;
  }

  private static <T> ComboBox<Choice<T>> filterBox(ObservationFilters.Filter<T> filter, String id) {
    ComboBox<Choice<T>> box = new ComboBox<>(filter.choices());
    box.setId(id);
    box.valueProperty().bindBidirectional(filter.chosenProperty());
    box.setMaxWidth(200);
    return box;
  }

  private ToolBar actions() {
    Button addCode = new Button(Messages.get("observations.addCode"), new FontIcon(Feather.TAG));
    addCode.setId("observations-add-code");
    addCode.setTooltip(new Tooltip("Ctrl+T"));
    addCode.setOnAction(e -> addCodeToSelection());
    Button removeCode =
        new Button(Messages.get("observations.removeCode"), new FontIcon(Feather.SLASH));
    removeCode.setTooltip(new Tooltip("Ctrl+Shift+T"));
    removeCode.setOnAction(e -> removeCodeFromSelection());
    Button delete = new Button(Messages.get("observations.delete"), new FontIcon(Feather.TRASH_2));
    delete.setTooltip(new Tooltip(Messages.get("key.delete")));
    delete.setOnAction(e -> deleteSelection());
    for (Button b : List.of(addCode, removeCode, delete)) {
      b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }
    ToolBar bar = new ToolBar(addCode, removeCode, delete, new Separator(Orientation.VERTICAL));
    bar.getItems().addAll(insightActions.buttons());
    return bar;
  }

  private void buildTable() {
    table.setId("observations-table");
    table.setItems(model.rows());
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("observations.empty"));
    model
        .rows()
        .addListener(
            (javafx.collections.ListChangeListener<ObservationRow>) change -> selectRevealed());
    table.setEditable(true);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.getColumns().add(kindColumn());
    table.getColumns().add(textColumn());
    table.getColumns().add(quoteColumn());
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.speaker"), ObservationRow::speaker, 130));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.account"), ObservationRow::account, 140));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.segment"), ObservationRow::segment, 110));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("observations.codes"), r -> String.join("; ", r.codePaths()), 220));
    table.getColumns().add(stageColumn());
    table.getColumns().add(sentimentColumn());
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.interview"), ObservationRow::interview, 200));
    Tables.keepSelection(table, model.rows(), model::isReplacing, ObservationRow::id);
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
            deleteSelection();
          } else if (ADD_CODE.match(e)) {
            addCodeToSelection();
          } else if (REMOVE_CODE.match(e)) {
            removeCodeFromSelection();
          } else if (insightActions.handle(e)) {
            e.consume();
          }
        });
    MenuItem add = new MenuItem(Messages.get("observations.addCode"));
    add.setOnAction(e -> addCodeToSelection());
    MenuItem remove = new MenuItem(Messages.get("observations.removeCode"));
    remove.setOnAction(e -> removeCodeFromSelection());
    MenuItem delete = new MenuItem(Messages.get("observations.delete"));
    delete.setOnAction(e -> deleteSelection());
    ContextMenu menu = new ContextMenu(add, remove, delete, new SeparatorMenuItem());
    menu.getItems().addAll(insightActions.menuItems());
    table.setContextMenu(menu);
    insightActions.enableDrag();
  }

  private List<Long> selectedIds() {
    return table.getSelectionModel().getSelectedItems().stream().map(ObservationRow::id).toList();
  }

  private void edit(ObservationRow row, UnaryOperator<Observation> change) {
    Observation before = row.observation();
    Observation after = change.apply(before);
    if (!after.equals(before)) {
      model.update(after);
    }
  }

  private TableColumn<ObservationRow, String> textColumn() {
    TableColumn<ObservationRow, String> column =
        new TableColumn<>(Messages.get("observations.text"));
    column.setPrefWidth(300);
    // The observation is what the table is for: the other columns give way to it first.
    column.setMinWidth(220);
    column.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(cell.getValue().observation().text()));
    column.setCellFactory(TextFieldTableCell.forTableColumn());
    column.setOnEditCommit(e -> edit(e.getRowValue(), o -> o.withText(e.getNewValue())));
    return column;
  }

  private TableColumn<ObservationRow, ObservationKind> kindColumn() {
    TableColumn<ObservationRow, ObservationKind> column =
        new TableColumn<>(Messages.get("observations.kind"));
    column.setPrefWidth(110);
    Tables.atLeastAsWideAs(
        column, Arrays.stream(ObservationKind.values()).map(Messages::of).toList());
    column.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(cell.getValue().observation().kind()));
    column.setCellFactory(
        ComboBoxTableCell.forTableColumn(converter(Messages::of), ObservationKind.values()));
    column.setOnEditCommit(e -> edit(e.getRowValue(), o -> o.withKind(e.getNewValue())));
    return column;
  }

  private TableColumn<ObservationRow, Integer> sentimentColumn() {
    TableColumn<ObservationRow, Integer> column =
        new TableColumn<>(Messages.get("observations.sentiment"));
    column.setPrefWidth(90);
    column.setCellValueFactory(
        cell -> new ReadOnlyObjectWrapper<>(cell.getValue().observation().sentiment()));
    column.setCellFactory(
        ComboBoxTableCell.forTableColumn(
            converter(s -> s == null ? "—" : Formats.sentiment(s)),
            FXCollections.observableArrayList(null, -2, -1, 0, 1, 2)));
    column.setOnEditCommit(e -> edit(e.getRowValue(), o -> o.withSentiment(e.getNewValue())));
    return column;
  }

  private TableColumn<ObservationRow, DimensionValue> stageColumn() {
    TableColumn<ObservationRow, DimensionValue> column =
        new TableColumn<>(Messages.get("observations.stage"));
    column.setPrefWidth(110);
    column.setCellValueFactory(
        cell ->
            new ReadOnlyObjectWrapper<>(
                model.journeyStages().stream()
                    .filter(
                        v -> Objects.equals(v.id(), cell.getValue().observation().journeyStageId()))
                    .findFirst()
                    .orElse(null)));
    column.setCellFactory(
        ComboBoxTableCell.forTableColumn(
            converter(v -> v == null ? "" : v.name()), model.journeyStages()));
    column.setOnEditCommit(
        e ->
            edit(
                e.getRowValue(),
                o -> o.withJourneyStageId(e.getNewValue() == null ? null : e.getNewValue().id())));
    return column;
  }

  private static <T> StringConverter<T> converter(Function<T, String> label) {
    return Labels.converter((T value) -> label.apply(value));
  }

  /** The quote, with a warning mark and tooltip when its speaker has not agreed to be quoted. */
  private static TableColumn<ObservationRow, ObservationRow> quoteColumn() {
    TableColumn<ObservationRow, ObservationRow> column =
        new TableColumn<>(Messages.get("observations.quote"));
    column.setPrefWidth(280);
    column.setMinWidth(150);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    column.setSortable(false);
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ObservationRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("quote-withheld");
                if (empty || row == null || row.observation().quote() == null) {
                  setText(null);
                  setGraphic(null);
                  setTooltip(null);
                  return;
                }
                setText(row.observation().quote());
                if (row.quoteWithheld()) {
                  FontIcon mark = new FontIcon(Feather.ALERT_TRIANGLE);
                  mark.getStyleClass().add("withheld-mark");
                  setGraphic(mark);
                  setTooltip(new Tooltip(Messages.get("observations.noQuoteConsent")));
                  getStyleClass().add("quote-withheld");
                } else {
                  setGraphic(null);
                  setTooltip(null);
                }
              }
            });
    return column;
  }

  /** "Add code…": pick a code (or type a new path) for every selected observation. */
  private void addCodeToSelection() {
    List<Long> ids = selectedIds();
    if (ids.isEmpty()) {
      return;
    }
    new PickerDialog<>(
            table.getScene().getWindow(),
            Messages.get("observations.addCodeTitle", ids.size()),
            model.allCodes(),
            CodeChoice::path)
        .choose()
        .ifPresent(code -> model.addCode(ids, code.id()));
  }

  private void removeCodeFromSelection() {
    List<Long> ids = selectedIds();
    Set<String> present = new LinkedHashSet<>();
    table.getSelectionModel().getSelectedItems().forEach(r -> present.addAll(r.codePaths()));
    List<CodeChoice> onRows =
        model.allCodes().stream().filter(c -> present.contains(c.path())).toList();
    if (ids.isEmpty() || onRows.isEmpty()) {
      return;
    }
    new PickerDialog<>(
            table.getScene().getWindow(),
            Messages.get("observations.removeCodeTitle", ids.size()),
            onRows,
            CodeChoice::path)
        .choose()
        .ifPresent(code -> model.removeCode(ids, code.id()));
  }

  private void deleteSelection() {
    List<Long> ids = selectedIds();
    if (ids.isEmpty()) {
      return;
    }
    model.impactOfDeleting(
        ids,
        impact -> {
          String message =
              impact.evidence() + impact.citations() == 0
                  ? Messages.get("observations.deleteConfirm", ids.size())
                  : Messages.get(
                      "observations.deleteConfirmLinked",
                      ids.size(),
                      impact.evidence(),
                      impact.citations());
          if (alerts.confirm(Messages.get("observations.delete"), message)) {
            model.delete(ids);
          }
        });
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

  private Long revealed;

  /** Shows every observation and selects one, once the rows are loaded. */
  @Override
  public void reveal(long observationId) {
    revealed = observationId;
    model.clearFilters();
    selectRevealed();
  }

  private void selectRevealed() {
    if (revealed == null) {
      return;
    }
    long wanted = revealed;
    model.rows().stream()
        .filter(r -> r.observation().id() == wanted)
        .findFirst()
        .ifPresent(
            row -> {
              revealed = null;
              javafx.application.Platform.runLater(
                  () -> {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                  });
            });
  }
}
