package com.outsidein.ui.people;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Ask;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editable value lists: segment, lane, journey stage and the rest. */
final class ListsPane {

  private final ListsViewModel model;
  private final Alerts alerts;
  private final ComboBox<Dimension> dimension = new ComboBox<>();
  private final ListView<DimensionValue> values = new ListView<>();
  private final VBox root;
  private long selectedId;

  ListsPane(ListsViewModel model, Alerts alerts) {
    this.model = model;
    this.alerts = alerts;
    dimension.getItems().setAll(Arrays.asList(Dimension.values()));
    dimension.setValue(model.chosenProperty().get());
    dimension.setConverter(Labels.converter((Dimension d) -> d == null ? "" : Messages.of(d)));
    dimension.setOnAction(e -> model.choose(dimension.getValue()));
    values.setId("dimension-values");
    values.setItems(model.values());
    values
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, value) -> {
              if (value != null) {
                selectedId = value.id();
              }
            });
    model.values().addListener((ListChangeListener<DimensionValue>) change -> reselect());
    values.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(DimensionValue v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.name());
              }
            });
    Button add = button("lists.add", Feather.PLUS, this::add);
    Button rename = button("lists.rename", Feather.EDIT_2, this::rename);
    Button up = button("lists.up", Feather.ARROW_UP, () -> move(-1));
    Button down = button("lists.down", Feather.ARROW_DOWN, () -> move(1));
    Button delete = button("lists.delete", Feather.TRASH_2, this::delete);
    for (Button b : new Button[] {rename, up, down, delete}) {
      b.disableProperty().bind(values.getSelectionModel().selectedItemProperty().isNull());
    }
    HBox chooser = new HBox(8, new Label(Messages.get("lists.list")), dimension);
    chooser.setPadding(new Insets(8));
    VBox.setVgrow(values, Priority.ALWAYS);
    Label hint = new Label(Messages.get("lists.hint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    hint.setPadding(new Insets(0, 8, 8, 8));
    root = new VBox(chooser, hint, new ToolBar(add, rename, up, down, delete), values);
  }

  private static Button button(String key, Feather icon, Runnable action) {
    Button b = new Button(Messages.get(key), new FontIcon(icon));
    b.setOnAction(e -> action.run());
    return b;
  }

  Node node() {
    return root;
  }

  /** After a reload, the value selected before stays selected. */
  private void reselect() {
    values.getItems().stream()
        .filter(v -> v.id() == selectedId)
        .findFirst()
        .ifPresent(values.getSelectionModel()::select);
  }

  private String ask(String title, String initial) {
    return Ask.text(root, title, null, initial).orElse(null);
  }

  private void add() {
    String name = ask(Messages.get("lists.addTo", Messages.of(dimension.getValue())), "");
    if (name != null) {
      model.add(name);
    }
  }

  private void rename() {
    DimensionValue value = values.getSelectionModel().getSelectedItem();
    String name = ask(Messages.get("lists.rename"), value.name());
    if (name != null) {
      model.rename(value.id(), name);
    }
  }

  private void move(int step) {
    model.move(values.getSelectionModel().getSelectedItem().id(), step);
  }

  private void delete() {
    DimensionValue value = values.getSelectionModel().getSelectedItem();
    model.usage(
        value.id(),
        used -> {
          if (alerts.confirm(
              Messages.get("lists.delete"),
              Messages.get("lists.deleteConfirm", value.name(), used))) {
            model.delete(value.id());
          }
        });
  }
}
