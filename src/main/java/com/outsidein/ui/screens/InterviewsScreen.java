package com.outsidein.ui.screens;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Formats;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.BackgroundTasks;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Interviews across studies, with the selected one's notes and transcript. */
public final class InterviewsScreen implements Screen {

  private final BackgroundTasks tasks;
  private final ListViewModel<InterviewSummary> model;
  private final TableView<InterviewSummary> table = Tables.table(Messages.get("interviews.empty"));
  private final Label title = new Label();
  private final Label meta = new Label();
  private final TextArea notes = readOnlyText("interview-notes");
  private final TextArea transcript = readOnlyText("interview-transcript");
  private final SplitPane root;
  private WorkspaceSession session;

  public InterviewsScreen(BackgroundTasks tasks) {
    this.tasks = tasks;
    model = new ListViewModel<>(tasks, s -> s.interviews().summaries(null));
    table.setId("interviews-table");
    table.setItems(model.items());
    table
        .getColumns()
        .add(Tables.text(Messages.get("interviews.date"), i -> Formats.date(i.heldOn()), 120));
    table
        .getColumns()
        .add(Tables.text(Messages.get("interviews.title"), InterviewSummary::title, 280));
    table
        .getColumns()
        .add(Tables.text(Messages.get("interviews.study"), InterviewSummary::study, 160));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("interviews.participants"), InterviewSummary::participants, 200));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("interviews.interviewer"), InterviewSummary::interviewer, 130));
    table
        .getColumns()
        .add(Tables.text(Messages.get("interviews.channel"), InterviewSummary::channel, 90));
    table
        .getColumns()
        .add(Tables.text(Messages.get("interviews.stage"), InterviewSummary::journeyStage, 90));
    table
        .getColumns()
        .add(
            Tables.number(
                Messages.get("interviews.observations"), InterviewSummary::observations, 100));

    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    meta.getStyleClass().add("text-muted");
    meta.setWrapText(true);
    TabPane texts =
        new TabPane(
            new Tab(Messages.get("interviews.notes"), notes),
            new Tab(Messages.get("interviews.transcript"), transcript));
    texts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(texts, Priority.ALWAYS);
    VBox detail = new VBox(8, title, meta, texts);
    detail.getStyleClass().add("detail-pane");
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, selected) -> show(selected));
    Tables.selectFirstWhenFilled(table);

    root = new SplitPane(table, detail);
    root.setOrientation(javafx.geometry.Orientation.VERTICAL);
    root.setDividerPositions(0.45);
  }

  private static TextArea readOnlyText(String id) {
    TextArea area = new TextArea();
    area.setId(id);
    area.setEditable(false);
    area.setWrapText(true);
    return area;
  }

  private void show(InterviewSummary summary) {
    if (summary == null || session == null) {
      title.setText("");
      meta.setText("");
      notes.clear();
      transcript.clear();
      return;
    }
    title.setText(summary.title());
    meta.setText(
        String.join(
            " · ",
            summary.study(),
            Formats.date(summary.heldOn()),
            summary.participants(),
            Messages.get(
                "interviews.by", summary.interviewer() == null ? "—" : summary.interviewer())));
    WorkspaceSession current = session;
    BackgroundTask.wrap(() -> current.interviews().get(summary.id()).orElse(null))
        .onSuccess(this::showTexts)
        .executeWith(tasks);
  }

  private void showTexts(Interview interview) {
    InterviewSummary selected = table.getSelectionModel().getSelectedItem();
    if (interview == null || selected == null || selected.id() != interview.id()) {
      return;
    }
    notes.setText(interview.notes());
    transcript.setText(interview.transcript());
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void reload(WorkspaceSession session) {
    this.session = session;
    model.load(session);
  }
}
