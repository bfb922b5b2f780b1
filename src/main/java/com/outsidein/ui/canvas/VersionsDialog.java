package com.outsidein.ui.canvas;

import com.outsidein.domain.CanvasComparison;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.ui.Fit;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The frozen versions of a canvas: choose two (or a version and today) and see which answers were
 * added, removed or changed between them.
 */
final class VersionsDialog {

  private final ComboBox<CanvasVersion> older = new ComboBox<>();
  private final ComboBox<CanvasVersion> newer = new ComboBox<>();
  private final ListView<CanvasComparison.Change> changes = new ListView<>();
  private final Dialog<Void> dialog = new Dialog<>();

  VersionsDialog(Window owner, VersionsViewModel model) {
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("canvas.versionsTitle"));
    dialog.setHeaderText(Messages.get("canvas.versionsHeader"));
    older.getItems().setAll(model.versions());
    newer.getItems().setAll(model.newerChoices());
    for (ComboBox<CanvasVersion> box : List.of(older, newer)) {
      box.setConverter(
          Labels.converter(
              (CanvasVersion v) ->
                  v == null
                      ? Messages.get("canvas.now")
                      : v.label() + " (" + Formats.date(v.frozenAt().toLocalDate()) + ")"));
    }
    older.valueProperty().bindBidirectional(model.olderProperty());
    newer.valueProperty().bindBidirectional(model.newerProperty());
    changes.setId("version-changes");
    changes.setItems(model.changes());
    changes.setPrefSize(720, 420);
    changes.setPlaceholder(new Label(Messages.get("canvas.noChanges")));
    changes.setCellFactory(
        list ->
            new ListCell<>() {
              {
                Fit.wrapping(this);
              }

              @Override
              protected void updateItem(CanvasComparison.Change change, boolean empty) {
                super.updateItem(change, empty);
                getStyleClass().removeAll("change-added", "change-removed", "change-changed");
                if (empty || change == null) {
                  setText(null);
                  return;
                }
                FrozenEntry e = change.either();
                String what =
                    switch (change.kind()) {
                      case ADDED -> Messages.get("canvas.added", e.answer());
                      case REMOVED -> Messages.get("canvas.removed", e.answer());
                      case CHANGED ->
                          Messages.get(
                              "canvas.changed",
                              describe(change.before()),
                              describe(change.after()));
                    };
                setText(Messages.of(e.section()) + " · " + e.prompt() + "\n" + what);
                getStyleClass()
                    .add("change-" + change.kind().name().toLowerCase(java.util.Locale.ROOT));
              }
            });
    HBox choose =
        new HBox(
            8,
            new Label(Messages.get("canvas.from")),
            older,
            new Label(Messages.get("canvas.to")),
            newer);
    VBox content = new VBox(10, choose, changes);
    content.setPadding(new Insets(4));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
  }

  private static String describe(FrozenEntry e) {
    String citations =
        e.citationTexts().isEmpty() ? "" : " [" + e.citationTexts().size() + " cited]";
    String details = e.details().isBlank() ? "" : " (" + e.details() + ")";
    return e.answer() + details + citations;
  }

  void show() {
    dialog.show();
  }
}
