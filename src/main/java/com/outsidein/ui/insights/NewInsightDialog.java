package com.outsidein.ui.insights;

import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import java.util.Optional;
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

  private final Dialog<Insight> dialog = new Dialog<>();

  /**
   * @param header what the insight will rest on, such as "From 2 selected observations"
   */
  public NewInsightDialog(Window owner, String header, Long studyId) {
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(Messages.get("insight.new"));
    dialog.setHeaderText(header);
    TextField title = new TextField();
    title.setId("new-insight-title");
    title.setPromptText(Messages.get("insight.titlePrompt"));
    title.setPrefColumnCount(36);
    TextArea statement = new TextArea();
    statement.setId("new-insight-statement");
    statement.setPromptText(Messages.get("insight.statementPrompt"));
    statement.setWrapText(true);
    statement.setPrefRowCount(3);
    ComboBox<Facet> facet = new ComboBox<>();
    facet.setId("new-insight-facet");
    facet.getItems().setAll(Facet.values());
    facet.setConverter(Labels.converter(Messages::of));
    facet.setValue(Facet.WHAT_THEY_WANT);
    facet.setMaxWidth(Double.MAX_VALUE);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(Messages.get("insights.title")), title);
    grid.addRow(1, new Label(Messages.get("insight.statement")), statement);
    grid.addRow(2, new Label(Messages.get("insights.facet")), facet);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(title.textProperty().isEmpty());
    dialog.setOnShown(e -> javafx.application.Platform.runLater(title::requestFocus));
    dialog.setResultConverter(
        button ->
            button != ButtonType.OK || title.getText().isBlank()
                ? null
                : new Insight(
                    0,
                    studyId,
                    title.getText().trim(),
                    statement.getText().trim(),
                    facet.getValue(),
                    KnowledgeStage.MYSTERY,
                    Level.LOW,
                    Level.MEDIUM,
                    InsightStatus.DRAFT));
  }

  public Optional<Insight> ask() {
    return dialog.showAndWait();
  }
}
