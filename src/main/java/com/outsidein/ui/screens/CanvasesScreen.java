package com.outsidein.ui.screens;

import com.outsidein.domain.CanvasSummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.task.BackgroundTasks;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/** Think / Plan / Do canvases with how complete and how well supported each is. */
public final class CanvasesScreen implements Screen {

  private final ListViewModel<CanvasSummary> model;
  private final TableView<CanvasSummary> table = Tables.table(Messages.get("canvases.empty"));

  public CanvasesScreen(BackgroundTasks tasks) {
    model = new ListViewModel<>(tasks, session -> session.canvases().summaries());
    table.setId("canvases-table");
    table.setItems(model.items());
    table
        .getColumns()
        .add(Tables.text(Messages.get("canvases.title"), c -> c.canvas().title(), 280));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("canvases.scope"),
                c -> c.scope() == null ? Messages.get("canvases.allStudies") : c.scope(),
                180));
    table.getColumns().add(Tables.text(Messages.get("canvases.owner"), CanvasSummary::owner, 140));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("canvases.status"), c -> Messages.of(c.canvas().status()), 90));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("canvases.answered"),
                c -> Messages.get("canvases.ofTotal", c.promptsAnswered(), c.prompts()),
                140));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("canvases.supported"),
                c -> Messages.get("canvases.ofTotal", c.entriesSupported(), c.entries()),
                160));
  }

  @Override
  public Node node() {
    return table;
  }

  @Override
  public void reload(WorkspaceSession session) {
    model.load(session);
  }
}
