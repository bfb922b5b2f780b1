package com.outsidein.ui.shell;

import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.service.Settings;
import com.outsidein.service.UndoHistory;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceOpener;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: which workspace is open, what the title and status bar say, which
 * section is shown. Opening and closing workspaces happens in the background.
 */
public final class MainViewModel {

  private final WorkspaceOpener opener;
  private final Settings settings;
  private final TaskExecutor tasks;
  private final Alerts alerts;
  private final Executor fxThread;

  private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.name"));
  private final ReadOnlyStringWrapper workspacePath = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.STUDIES);
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private WorkspaceEvents.Subscription changes = () -> {};
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper undoText =
      new ReadOnlyStringWrapper(Messages.get("menu.edit.undo"));
  private final ReadOnlyStringWrapper redoText =
      new ReadOnlyStringWrapper(Messages.get("menu.edit.redo"));
  private Runnable beforeSwitch = () -> {};
  private PasswordPrompt passwords;

  /** The open workspace's password, kept only while it is open (reopening needs it). */
  private char[] password;

  private char[] pendingPassword;

  public MainViewModel(
      WorkspaceOpener opener,
      Settings settings,
      TaskExecutor tasks,
      Alerts alerts,
      Executor fxThread) {
    this.opener = opener;
    this.settings = settings;
    this.tasks = tasks;
    this.alerts = alerts;
    this.fxThread = fxThread;
    recent.setAll(settings.recentWorkspaces());
  }

  public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public WorkspaceSession session() {
    return session.get();
  }

  public ReadOnlyBooleanProperty sampleProperty() {
    return sample.getReadOnlyProperty();
  }

  /** True while a workspace is being opened or closed. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty workspacePathProperty() {
    return workspacePath.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty countsTextProperty() {
    return countsText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** "Undo Add observation", or just "Undo". */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  public void setPasswordPrompt(PasswordPrompt passwords) {
    this.passwords = passwords;
  }

  /**
   * Runs on the FX thread before a workspace is closed or switched: screens commit pending text.
   */
  public void setBeforeSwitch(Runnable beforeSwitch) {
    this.beforeSwitch = beforeSwitch;
  }

  /**
   * Takes back the last change to the workspace, on the writer lane after every change asked for
   * before it. Not gated on {@link #canUndoProperty()}: that trails the lane, so an edit still in
   * flight, or a first undo, would otherwise swallow a quick Ctrl+Z. With nothing to undo by the
   * time it runs, it does nothing.
   */
  public void undo() {
    WorkspaceSession current = session.get();
    if (current == null) {
      return;
    }
    beforeSwitch.run();
    BackgroundTask.wrap(() -> current.history().undo())
        .onFailure(failure -> showUndoFailure("undo.failed", failure))
        .writeWith(tasks);
  }

  /** Makes the last undone change again, on the writer lane; not gated, as {@link #undo()}. */
  public void redo() {
    WorkspaceSession current = session.get();
    if (current == null) {
      return;
    }
    beforeSwitch.run();
    BackgroundTask.wrap(() -> current.history().redo())
        .onFailure(failure -> showUndoFailure("redo.failed", failure))
        .writeWith(tasks);
  }

  private void showUndoFailure(String key, Throwable failure) {
    alerts.error(Messages.get(key), Messages.get("undo.failed.message", failure.getMessage()));
  }

  private void refreshUndoState() {
    WorkspaceSession current = session.get();
    UndoHistory history = current == null ? null : current.history();
    canUndo.set(history != null && history.canUndo());
    canRedo.set(history != null && history.canRedo());
    undoText.set(
        history == null
            ? Messages.get("menu.edit.undo")
            : history
                .undoDescription()
                .map(d -> Messages.get("menu.edit.undoWhat", d))
                .orElse(Messages.get("menu.edit.undo")));
    redoText.set(
        history == null
            ? Messages.get("menu.edit.redo")
            : history
                .redoDescription()
                .map(d -> Messages.get("menu.edit.redoWhat", d))
                .orElse(Messages.get("menu.edit.redo")));
  }

  public ObjectProperty<Section> sectionProperty() {
    return section;
  }

  public ObservableList<Path> recentWorkspaces() {
    return recent;
  }

  /** Opens the workspace the app starts on: the one asked for, the last one, or the sample. */
  public void openAtStartup(Path requested) {
    open(opener.startupChoice(requested));
  }

  public void open(Path file) {
    openWith(file, null);
  }

  private void openWith(Path file, char[] withPassword) {
    pendingPassword = withPassword;
    switchTo(() -> opener.open(file, withPassword));
  }

  public void openSample() {
    open(opener.samplePath());
  }

  public void create(Path file) {
    create(file, null);
  }

  /** Creates a new workspace, encrypted when the password is not empty. */
  public void create(Path file, char[] newPassword) {
    char[] chosen = newPassword == null || newPassword.length == 0 ? null : newPassword;
    pendingPassword = chosen;
    switchTo(() -> opener.create(file, chosen));
  }

  /** Encrypts the open workspace or changes (or, with an empty one, removes) its password. */
  public void changePassword(char[] oldPassword, char[] newPassword) {
    WorkspaceSession current = session.get();
    if (current == null || busy.get()) {
      return;
    }
    char[] chosen = newPassword == null || newPassword.length == 0 ? null : newPassword;
    beforeSwitch.run();
    busy.set(true);
    changes.close();
    pendingPassword = chosen;
    BackgroundTask.wrap(
            () -> {
              WorkspaceSession reopened = opener.changePassword(current, oldPassword, chosen);
              return new Opened(reopened, reopened.isSample(), reopened.counts());
            })
        .onSuccess(this::showOpened)
        .onFailure(this::showOpenFailure)
        .writeWith(tasks);
  }

  public boolean isEncrypted() {
    WorkspaceSession current = session.get();
    return current != null && password != null;
  }

  /** Writes a backup of the open workspace now, in the background, and says where it went. */
  public void backupNow() {
    WorkspaceSession current = session.get();
    if (current == null) {
      return;
    }
    BackgroundTask.wrap(() -> current.backups().backupNow())
        .onSuccess(
            backup ->
                alerts.info(
                    Messages.get("backup.done"), Messages.get("backup.doneMessage", backup.file())))
        .onFailure(
            failure ->
                alerts.error(Messages.get("backup.failed"), Messages.get("backup.failedMessage")))
        .readWith(tasks);
  }

  /** The backups of the open workspace, newest first (on the FX thread, when listed). */
  public void listBackups(Consumer<java.util.List<com.outsidein.domain.Backup>> answer) {
    WorkspaceSession current = session.get();
    if (current != null) {
      BackgroundTask.wrap(() -> current.backups().list()).onSuccess(answer).readWith(tasks);
    }
  }

  /** Puts a backup in place of the open workspace, backing up the current state first. */
  public void restore(com.outsidein.domain.Backup backup) {
    WorkspaceSession current = session.get();
    if (current == null || busy.get()) {
      return;
    }
    beforeSwitch.run();
    busy.set(true);
    changes.close();
    BackgroundTask.wrap(
            () -> {
              WorkspaceSession restored = opener.restore(current, backup, password);
              return new Opened(restored, restored.isSample(), restored.counts());
            })
        .onSuccess(this::showOpened)
        .onFailure(this::showOpenFailure)
        .writeWith(tasks);
  }

  /** Recounts the things in the workspace for the status bar. */
  public void refreshCounts() {
    WorkspaceSession current = session.get();
    if (current == null) {
      countsText.set("");
      return;
    }
    BackgroundTask.wrap(current::counts).onSuccess(this::showCounts).readWith(tasks);
  }

  /** Asks every screen to commit what was typed; the writes queue on the writer lane. */
  public void commitTypedText() {
    beforeSwitch.run();
  }

  /**
   * Closes the workspace on the calling thread, when the app quits: after {@link
   * #commitTypedText()} and after the writer lane has drained.
   */
  public void closeNow() {
    WorkspaceSession current = session.get();
    if (current != null) {
      changes.close();
      current.close();
      session.set(null);
    }
  }

  private record Opened(WorkspaceSession session, boolean sample, WorkspaceCounts counts) {}

  private void switchTo(Callable<WorkspaceSession> opening) {
    if (busy.get()) {
      return;
    }
    beforeSwitch.run();
    busy.set(true);
    WorkspaceSession previous = session.get();
    if (previous != null) {
      changes.close();
    }
    BackgroundTask.wrap(
            () -> {
              if (previous != null) {
                previous.close();
              }
              WorkspaceSession opened = opening.call();
              return new Opened(opened, opened.isSample(), opened.counts());
            })
        .onSuccess(this::showOpened)
        .onFailure(this::showOpenFailure)
        .writeWith(tasks);
  }

  private void showOpened(Opened opened) {
    busy.set(false);
    password = pendingPassword;
    pendingPassword = null;
    changes = opened.session().events().subscribe(this::onWorkspaceChanged);
    opened.session().history().subscribe(() -> fxThread.execute(this::refreshUndoState));
    sample.set(opened.sample());
    workspacePath.set(opened.session().file().toString());
    title.set(
        Messages.get(
            opened.sample() ? "window.title.sample" : "window.title", opened.session().name()));
    showCounts(opened.counts());
    recent.setAll(settings.recentWorkspaces());
    session.set(opened.session());
    refreshUndoState();
    backUpAfterOpening(opened.session());
  }

  /**
   * Routine backups run in the background, so the person never waits for them: one at opening when
   * due (none yet today, or an import or a migration since the last), and one after each import.
   */
  private void backUpAfterOpening(WorkspaceSession opened) {
    opened
        .backups()
        .runRoutineBackupsOn(
            backup ->
                BackgroundTask.wrap(
                        () -> {
                          backup.run();
                          return null;
                        })
                    .readWith(tasks));
    // The search index is built now, so the first search answers at once.
    BackgroundTask.wrap(
            () -> {
              opened.search().prepare();
              return null;
            })
        .onFailure(
            failure ->
                org.slf4j.LoggerFactory.getLogger(MainViewModel.class)
                    .warn("Building the search index failed", failure))
        .readWith(tasks);
  }

  private void showOpenFailure(Throwable failure) {
    busy.set(false);
    session.set(null);
    sample.set(false);
    workspacePath.set("");
    countsText.set("");
    title.set(Messages.get("app.name"));
    refreshUndoState();
    password = null;
    if (failure instanceof WorkspaceUnavailableException unavailable
        && (unavailable.reason() == WorkspaceUnavailableException.Reason.PASSWORD_REQUIRED
            || unavailable.reason() == WorkspaceUnavailableException.Reason.WRONG_PASSWORD)
        && passwords != null) {
      boolean wrong = unavailable.reason() == WorkspaceUnavailableException.Reason.WRONG_PASSWORD;
      passwords
          .toOpen(
              unavailable.file().getFileName().toString().replaceFirst("\\.mv\\.db$", ""), wrong)
          .ifPresent(given -> openWith(unavailable.file(), given));
    } else if (failure instanceof WorkspaceUnavailableException unavailable) {
      alerts.error(Messages.get("open.failed.title"), unavailable.getMessage());
    } else {
      tasks.reportUnhandled(failure);
    }
  }

  private void showCounts(WorkspaceCounts counts) {
    countsText.set(
        Messages.get(
            "status.counts",
            counts.studies(),
            counts.people(),
            counts.interviews(),
            counts.observations(),
            counts.codes(),
            counts.insights(),
            counts.canvases()));
  }

  private void onWorkspaceChanged(WorkspaceEvents.Topic topic) {
    fxThread.execute(
        () -> {
          refreshCounts();
        });
  }
}
