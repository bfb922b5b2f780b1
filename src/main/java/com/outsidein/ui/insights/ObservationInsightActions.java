package com.outsidein.ui.insights;

import com.outsidein.domain.ObservationRow;
import com.outsidein.ui.DragContent;
import com.outsidein.ui.Messages;
import com.outsidein.ui.PickerDialog;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The observation table's insight commands: "New insight from selection" (Ctrl+I) and "Add to
 * insight…" (Ctrl+Shift+I) as buttons, menu items and keys, and dragging selected rows (onto an
 * insight card, its evidence, or a canvas answer).
 */
public final class ObservationInsightActions {

  public static final KeyCombination NEW_INSIGHT =
      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
  public static final KeyCombination ADD_TO_INSIGHT =
      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private final TableView<ObservationRow> table;
  private final SelectionToInsightViewModel model;

  public ObservationInsightActions(
      TableView<ObservationRow> table, SelectionToInsightViewModel model) {
    this.table = table;
    this.model = model;
  }

  public List<Button> buttons() {
    Button create = new Button(Messages.get("observations.newInsight"), new FontIcon(Feather.ZAP));
    create.setId("observations-new-insight");
    create.setTooltip(new Tooltip("Ctrl+I"));
    create.setOnAction(e -> newInsightFromSelection());
    Button add =
        new Button(Messages.get("observations.addToInsight"), new FontIcon(Feather.PLUS_CIRCLE));
    add.setId("observations-add-to-insight");
    add.setTooltip(new Tooltip("Ctrl+Shift+I"));
    add.setOnAction(e -> addSelectionToInsight());
    for (Button b : List.of(create, add)) {
      b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }
    return List.of(create, add);
  }

  public List<MenuItem> menuItems() {
    MenuItem create = new MenuItem(Messages.get("observations.newInsight"));
    create.setAccelerator(NEW_INSIGHT);
    create.setOnAction(e -> newInsightFromSelection());
    MenuItem add = new MenuItem(Messages.get("observations.addToInsight"));
    add.setAccelerator(ADD_TO_INSIGHT);
    add.setOnAction(e -> addSelectionToInsight());
    return List.of(create, add);
  }

  /** Handles the keys of the commands; true when the event was one of them. */
  public boolean handle(KeyEvent e) {
    if (ADD_TO_INSIGHT.match(e)) {
      addSelectionToInsight();
      return true;
    }
    if (NEW_INSIGHT.match(e)) {
      newInsightFromSelection();
      return true;
    }
    return false;
  }

  /** Lets the selected rows be dragged (as {@link DragContent#OBSERVATIONS}). */
  public void enableDrag() {
    table.setRowFactory(
        view -> {
          TableRow<ObservationRow> row = new TableRow<>();
          row.setOnDragDetected(
              e -> {
                if (row.isEmpty()) {
                  return;
                }
                List<Long> ids = selectedIds();
                if (!ids.contains(row.getItem().id())) {
                  ids = List.of(row.getItem().id());
                }
                row.startDragAndDrop(TransferMode.COPY, TransferMode.LINK)
                    .setContent(DragContent.observations(ids));
                e.consume();
              });
          return row;
        });
  }

  private List<Long> selectedIds() {
    return table.getSelectionModel().getSelectedItems().stream().map(ObservationRow::id).toList();
  }

  private void newInsightFromSelection() {
    List<ObservationRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
    if (rows.isEmpty()) {
      return;
    }
    List<Long> studies = rows.stream().map(r -> r.observation().studyId()).distinct().toList();
    new NewInsightDialog(
            table.getScene().getWindow(),
            model.newInsight(
                studies.size() == 1 ? studies.get(0) : null,
                rows.stream().map(ObservationRow::id).toList()))
        .showAndCreate();
  }

  private void addSelectionToInsight() {
    List<Long> ids = selectedIds();
    if (ids.isEmpty()) {
      return;
    }
    model.insights(
        all -> {
          if (all.isEmpty()) {
            model.sayNoInsightsYet();
            return;
          }
          new PickerDialog<>(
                  table.getScene().getWindow(),
                  Messages.get("observations.addToInsightTitle", ids.size()),
                  all,
                  s -> s.insight().title())
              .choose()
              .ifPresent(chosen -> model.addTo(chosen.id(), ids));
        });
  }
}
