package com.outsidein.ui.screens;

import com.outsidein.domain.Study;
import com.outsidein.domain.StudySummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Formats;
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

/** The studies, with the selected one's research questions beside the list. */
public final class StudiesScreen implements Screen {

  private final ListViewModel<StudySummary> model;
  private final TableView<StudySummary> table = Tables.table(Messages.get("studies.empty"));
  private final Label title = new Label();
  private final Label meta = new Label();
  private final Label questions = new Label();
  private final SplitPane root;

  public StudiesScreen(BackgroundTasks tasks) {
    model = new ListViewModel<>(tasks, session -> session.studies().summaries());
    table.setId("studies-table");
    table.setItems(model.items());
    table.getColumns().add(Tables.text(Messages.get("studies.title"), s -> s.study().title(), 260));
    table
        .getColumns()
        .add(Tables.text(Messages.get("studies.status"), s -> Messages.of(s.study().status()), 90));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("studies.dates"),
                s -> Formats.dateRange(s.study().startsOn(), s.study().endsOn()),
                210));
    table.getColumns().add(Tables.text(Messages.get("studies.owner"), StudySummary::owner, 140));
    table
        .getColumns()
        .add(Tables.number(Messages.get("studies.interviews"), StudySummary::interviews, 90));
    table
        .getColumns()
        .add(Tables.number(Messages.get("studies.observations"), StudySummary::observations, 100));

    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    meta.getStyleClass().add("text-muted");
    meta.setWrapText(true);
    questions.setWrapText(true);
    questions.setId("study-questions");
    VBox detail = new VBox(8, title, meta, new Label(Messages.get("studies.questions")), questions);
    detail.getStyleClass().add("detail-pane");
    detail.getChildren().get(2).getStyleClass().add("text-bold");
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, selected) -> show(selected));
    Tables.selectFirstWhenFilled(table);

    root = new SplitPane(table, detail);
    root.setDividerPositions(0.66);
  }

  private void show(StudySummary summary) {
    if (summary == null) {
      title.setText("");
      meta.setText("");
      questions.setText("");
      return;
    }
    Study study = summary.study();
    title.setText(study.title());
    meta.setText(
        String.join(
            " · ",
            Messages.of(study.status()),
            study.method() == null ? "" : study.method(),
            Formats.dateRange(study.startsOn(), study.endsOn())));
    questions.setText(study.researchQuestions());
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
