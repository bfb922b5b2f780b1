package com.outsidein.ui.screens;

import com.outsidein.domain.InsightSummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.task.BackgroundTasks;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Insights with the size and breadth of their evidence. */
public final class InsightsScreen implements Screen {

  private final ListViewModel<InsightSummary> model;
  private final SplitPane root;
  private final Label title = new Label();
  private final Label meta = new Label();
  private final Label statement = new Label();

  public InsightsScreen(BackgroundTasks tasks) {
    model = new ListViewModel<>(tasks, session -> session.insights().summaries());
    TableView<InsightSummary> table = Tables.table(Messages.get("insights.empty"));
    table.setId("insights-table");
    table.setItems(model.items());
    table
        .getColumns()
        .add(Tables.text(Messages.get("insights.title"), i -> i.insight().title(), 280));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("insights.facet"), i -> Messages.of(i.insight().facet()), 200));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("insights.stage"),
                i -> Messages.of(i.insight().knowledgeStage()),
                100));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("insights.confidence"),
                i -> Messages.of(i.insight().confidence()),
                90));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("insights.impact"), i -> Messages.of(i.insight().impact()), 80));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("insights.status"), i -> Messages.of(i.insight().status()), 90));
    table
        .getColumns()
        .add(Tables.number(Messages.get("insights.evidence"), InsightSummary::evidence, 80));
    table
        .getColumns()
        .add(Tables.number(Messages.get("insights.people"), InsightSummary::people, 70));
    table
        .getColumns()
        .add(Tables.number(Messages.get("insights.accounts"), InsightSummary::accounts, 80));

    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    meta.getStyleClass().add("text-muted");
    meta.setWrapText(true);
    statement.setWrapText(true);
    VBox detail = new VBox(8, title, meta, statement);
    detail.getStyleClass().add("detail-pane");
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, selected) -> show(selected));
    Tables.selectFirstWhenFilled(table);
    root = new SplitPane(table, detail);
    root.setDividerPositions(0.7);
  }

  private void show(InsightSummary summary) {
    if (summary == null) {
      title.setText("");
      meta.setText("");
      statement.setText("");
      return;
    }
    title.setText(summary.insight().title());
    meta.setText(
        Messages.get(
            "insights.strength", summary.evidence(), summary.people(), summary.accounts()));
    statement.setText(summary.insight().statement());
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
