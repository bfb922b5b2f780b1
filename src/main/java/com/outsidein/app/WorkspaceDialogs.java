package com.outsidein.app;

import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.exchange.importing.PeopleImporter;
import com.outsidein.exchange.refi.QdpxExporter;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.export.ExportReportDialog;
import com.outsidein.ui.export.ExportReportViewModel;
import com.outsidein.ui.importing.ImportObservationsDialog;
import com.outsidein.ui.importing.ImportObservationsViewModel;
import com.outsidein.ui.importing.ImportPeopleDialog;
import com.outsidein.ui.importing.ImportPeopleViewModel;
import com.outsidein.ui.importing.RemoveImportDialog;
import com.outsidein.ui.importing.RemoveImportViewModel;
import com.outsidein.ui.refi.ExportProjectDialog;
import com.outsidein.ui.refi.ExportProjectViewModel;
import com.outsidein.ui.shell.Dialogs;
import com.outsidein.ui.task.TaskExecutor;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Builds the work dialogs on the workspace open when they are asked for: each gets a fresh view
 * model with the narrow services it uses.
 */
final class WorkspaceDialogs implements Dialogs {

  private final Supplier<WorkspaceSession> session;
  private final TaskExecutor tasks;
  private final Executor helpers;

  WorkspaceDialogs(Supplier<WorkspaceSession> session, TaskExecutor tasks, Executor helpers) {
    this.session = session;
    this.tasks = tasks;
    this.helpers = helpers;
  }

  @Override
  public void importObservations(Window owner) {
    WorkspaceSession open = open();
    new ImportObservationsDialog(
            owner,
            new ImportObservationsViewModel(
                open.studies(), new ObservationImporter(open), open.search(), tasks))
        .show();
  }

  @Override
  public void importPeople(Window owner) {
    new ImportPeopleDialog(owner, new ImportPeopleViewModel(new PeopleImporter(open()), tasks))
        .show();
  }

  @Override
  public void removeImport(Window owner) {
    WorkspaceSession open = open();
    new RemoveImportDialog(owner, new RemoveImportViewModel(open.studies(), open.imports(), tasks))
        .show();
  }

  @Override
  public void exportReport(Window owner) {
    WorkspaceSession open = open();
    new ExportReportDialog(
            owner,
            new ExportReportViewModel(
                open.studies(), new ReportWriter(open, helpers), open.name(), tasks))
        .show();
  }

  @Override
  public void exportRefiProject(Window owner) {
    WorkspaceSession open = open();
    new ExportProjectDialog(
            owner,
            new ExportProjectViewModel(
                open.studies(),
                new QdpxExporter(open.exchange(), open.reports()),
                open.name(),
                tasks))
        .show();
  }

  private WorkspaceSession open() {
    WorkspaceSession open = session.get();
    if (open == null) {
      throw new IllegalStateException("A work dialog was asked for while no workspace is open");
    }
    return open;
  }
}
