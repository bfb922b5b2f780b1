package com.outsidein.ui.insights;

import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.Study;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.Screen;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The insight board: cards by 360-view facet or knowledge stage, each showing how broad its
 * evidence is; beside it the selected insight's fields and its evidence.
 */
public final class InsightsScreen implements Screen, com.outsidein.ui.Revealing {

  private final InsightBoardViewModel model;
  private final Alerts alerts;
  private final BorderPane root = new BorderPane();

  public InsightsScreen(InsightBoardViewModel model, Alerts alerts, Navigator navigator) {
    this.model = model;
    this.alerts = alerts;
    InsightBoard board = new InsightBoard(model);
    Label noInsights = new Label();
    noInsights.setId("insight-board-empty");
    noInsights
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(Messages.get("common.loading"))
                .otherwise(Messages.get("insight.boardEmpty")));
    noInsights.setWrapText(true);
    noInsights.setMaxWidth(420);
    noInsights.getStyleClass().addAll("text-muted", "empty-hint");
    noInsights.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.insights()));
    noInsights.setMouseTransparent(true);
    Label hint = new Label(Messages.get("insight.dropHint"));
    hint.getStyleClass().add("text-muted");
    hint.setPadding(new Insets(0, 12, 8, 12));
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    VBox.setVgrow(board.node(), Priority.ALWAYS);
    StackPane boardArea = new StackPane(new VBox(board.node(), hint), noInsights);

    VBox detail =
        new VBox(16, new InsightEditor(model).node(), new EvidencePanel(model, navigator).node());
    VBox.setVgrow(detail.getChildren().get(1), Priority.ALWAYS);
    detail.getStyleClass().add("detail-pane");
    detail.setId("insight-detail");
    Label pick = new Label(Messages.get("insight.pickOne"));
    pick.getStyleClass().addAll("text-muted", "empty-hint");
    pick.setWrapText(true);
    pick.visibleProperty().bind(model.selectedProperty().isNull());
    detail.visibleProperty().bind(model.selectedProperty().isNotNull());
    StackPane detailArea = new StackPane(detail, pick);
    detailArea.setMinWidth(360);
    detailArea.setPrefWidth(440);
    detailArea.setMaxWidth(500);
    boardArea.setMinWidth(300);

    SplitPane split = new SplitPane(boardArea, detailArea);
    split.setDividerPositions(0.64);
    SplitPane.setResizableWithParent(detailArea, false);
    root.setTop(toolbar());
    root.setCenter(split);
  }

  private ToolBar toolbar() {
    Button add = new Button(Messages.get("insight.new"), new FontIcon(Feather.PLUS));
    add.setId("insight-new");
    add.setOnAction(
        e -> new NewInsightDialog(root.getScene().getWindow(), model.newInsight()).showAndCreate());
    Button delete = new Button(Messages.get("insight.delete"), new FontIcon(Feather.TRASH_2));
    delete.setId("insight-delete");
    delete.disableProperty().bind(model.selectedProperty().isNull());
    delete.setOnAction(e -> delete());

    ToggleGroup grouping = new ToggleGroup();
    ToggleButton byFacet = toggle("insight.byFacet", InsightGrouping.FACET, grouping);
    byFacet.setId("group-by-facet");
    byFacet.getStyleClass().add("left-pill");
    ToggleButton byStage = toggle("insight.byStage", InsightGrouping.KNOWLEDGE_STAGE, grouping);
    byStage.setId("group-by-stage");
    byStage.getStyleClass().add("right-pill");
    grouping.selectToggle(
        model.groupingProperty().get() == InsightGrouping.FACET ? byFacet : byStage);
    grouping
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                grouping.selectToggle(old);
              } else {
                model.groupingProperty().set((InsightGrouping) now.getUserData());
              }
            });
    Label groupBy = new Label(Messages.get("insight.groupBy"));
    groupBy.getStyleClass().add("text-muted");
    HBox toggles = new HBox(0, byFacet, byStage);
    toggles.setAlignment(Pos.CENTER_LEFT);
    Label studyLabel = new Label(Messages.get("insight.study"));
    studyLabel.getStyleClass().add("text-muted");
    ComboBox<Choice<Study>> study = new ComboBox<>(model.studies());
    study.setId("insight-study");
    study.valueProperty().bindBidirectional(model.studyProperty());
    ToolBar bar =
        new ToolBar(
            add,
            delete,
            new Separator(Orientation.VERTICAL),
            studyLabel,
            study,
            new Separator(Orientation.VERTICAL),
            groupBy,
            toggles);
    bar.setPadding(new Insets(6, 10, 6, 10));
    return bar;
  }

  private static ToggleButton toggle(String key, InsightGrouping value, ToggleGroup group) {
    ToggleButton button = new ToggleButton(Messages.get(key));
    button.setUserData(value);
    button.setToggleGroup(group);
    return button;
  }

  private void delete() {
    InsightSummary selected = model.selectedProperty().get();
    if (selected != null
        && alerts.confirm(
            Messages.get("insight.delete"),
            Messages.get("insight.deleteConfirm", selected.insight().title()))) {
      model.delete(selected.id());
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

  /** Selects an insight and shows its evidence. */
  @Override
  public void reveal(long insightId) {
    model.select(insightId);
  }
}
