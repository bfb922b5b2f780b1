package com.outsidein.ui.screens;

import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.task.BackgroundTasks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every observation, filterable by study; quotes without consent carry a visible mark. */
public final class ObservationsScreen implements Screen {

  private final ObservationsViewModel model;
  private final BorderPane root = new BorderPane();

  public ObservationsScreen(BackgroundTasks tasks) {
    model = new ObservationsViewModel(tasks);

    ComboBox<Study> study = new ComboBox<>(model.studies());
    study.setId("observations-study-filter");
    study.setPromptText(Messages.get("filter.allStudies"));
    study.setButtonCell(studyCell());
    study.setCellFactory(list -> studyCell());
    study.valueProperty().bindBidirectional(model.studyFilterProperty());
    Label count = new Label();
    count.setId("observations-count");
    count.textProperty().bind(model.countTextProperty());
    count.getStyleClass().add("text-muted");
    Label filterLabel = new Label(Messages.get("filter.study"));
    Button allStudies = new Button(null, new FontIcon(Feather.X));
    allStudies.setTooltip(new Tooltip(Messages.get("filter.clear")));
    allStudies.disableProperty().bind(model.studyFilterProperty().isNull());
    allStudies.setOnAction(e -> model.studyFilterProperty().set(null));
    HBox toolbar = new HBox(8, filterLabel, study, allStudies, count);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.setPadding(new Insets(8));

    TableView<ObservationRow> table = Tables.table(Messages.get("observations.empty"));
    table.setId("observations-table");
    table.setItems(model.rows());
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("observations.kind"), r -> Messages.of(r.observation().kind()), 100));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.text"), r -> r.observation().text(), 300));
    table.getColumns().add(quoteColumn());
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.speaker"), ObservationRow::speaker, 130));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.account"), ObservationRow::account, 150));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.segment"), ObservationRow::segment, 120));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("observations.codes"), r -> String.join("; ", r.codePaths()), 220));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.stage"), ObservationRow::journeyStage, 90));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("observations.sentiment"),
                r -> Formats.sentiment(r.observation().sentiment()),
                80));
    table
        .getColumns()
        .add(Tables.text(Messages.get("observations.interview"), ObservationRow::interview, 220));

    root.setTop(toolbar);
    root.setCenter(table);
  }

  /** The quote, with a warning mark and tooltip when its speaker has not agreed to be quoted. */
  private static TableColumn<ObservationRow, ObservationRow> quoteColumn() {
    TableColumn<ObservationRow, ObservationRow> column =
        new TableColumn<>(Messages.get("observations.quote"));
    column.setPrefWidth(300);
    column.setCellValueFactory(
        cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
    column.setSortable(false);
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ObservationRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.observation().quote() == null) {
                  setText(null);
                  setGraphic(null);
                  setTooltip(null);
                  getStyleClass().remove("quote-withheld");
                  return;
                }
                setText(row.observation().quote());
                if (row.quoteWithheld()) {
                  FontIcon mark = new FontIcon(Feather.ALERT_TRIANGLE);
                  mark.getStyleClass().add("withheld-mark");
                  setGraphic(mark);
                  setTooltip(new Tooltip(Messages.get("observations.noQuoteConsent")));
                  if (!getStyleClass().contains("quote-withheld")) {
                    getStyleClass().add("quote-withheld");
                  }
                } else {
                  setGraphic(null);
                  setTooltip(null);
                  getStyleClass().remove("quote-withheld");
                }
              }
            });
    return column;
  }

  private static ListCell<Study> studyCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Study study, boolean empty) {
        super.updateItem(study, empty);
        setText(empty || study == null ? Messages.get("filter.allStudies") : study.title());
      }
    };
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void reload(WorkspaceSession session) {
    model.load(session);
  }
}
