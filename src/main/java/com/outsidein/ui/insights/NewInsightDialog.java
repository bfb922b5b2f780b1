package com.outsidein.ui.insights;

import com.outsidein.domain.Facet;
import com.outsidein.ui.Fit;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new insight's title, statement and facet; the rest starts as draft and low. */
public final class NewInsightDialog {

  private final NewInsightViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();

  public NewInsightDialog(Window owner, NewInsightViewModel model) {
    this.model = model;
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(Messages.get("insight.new"));
    dialog.setHeaderText(model.header());
    TextField title = new TextField();
    title.setId("new-insight-title");
    title.setPromptText(Messages.get("insight.titlePrompt"));
    title.setPrefColumnCount(36);
    title.textProperty().bindBidirectional(model.titleProperty());
    TextArea statement = new TextArea();
    statement.setId("new-insight-statement");
    statement.setPromptText(Messages.get("insight.statementPrompt"));
    statement.setWrapText(true);
    statement.setPrefRowCount(3);
    statement.textProperty().bindBidirectional(model.statementProperty());
    ComboBox<Facet> facet = new ComboBox<>();
    facet.setId("new-insight-facet");
    facet.getItems().setAll(Facet.values());
    facet.setConverter(Labels.converter(Messages::of));
    facet.valueProperty().bindBidirectional(model.facetProperty());
    facet.setMaxWidth(Double.MAX_VALUE);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    Fit.labelColumn(grid);
    grid.addRow(0, new Label(Messages.get("insights.title")), title);
    grid.addRow(1, new Label(Messages.get("insight.statement")), statement);
    grid.addRow(2, new Label(Messages.get("insights.facet")), facet);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(model.canCreateProperty().not());
    dialog.setOnShown(e -> Platform.runLater(title::requestFocus));
  }

  /** Shows the dialog and waits; OK makes the insight. */
  public void showAndCreate() {
    if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
      model.create();
    }
  }
}
