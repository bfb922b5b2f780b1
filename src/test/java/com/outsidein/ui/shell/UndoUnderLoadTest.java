package com.outsidein.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Study;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceOpener;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.LanedTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits, undo and redo fired as fast as the UI thread can, through the real laned executor over
 * real pools, end exactly as the same commands applied one by one.
 */
class UndoUnderLoadTest {

  private enum Command {
    ADD,
    RENAME,
    UNDO,
    REDO
  }

  @TempDir Path folder;

  private final ExecutorService reads = Executors.newFixedThreadPool(2);
  private final ExecutorService writerLane = Executors.newSingleThreadExecutor();
  private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private LanedTaskExecutor tasks;
  private MainViewModel model;

  @BeforeEach
  void openWorkspace() throws Exception {
    tasks =
        new LanedTaskExecutor(
            reads, writerLane, uiThread, failure -> errors.add(String.valueOf(failure)));
    DataFolder data = new DataFolder(folder.resolve("data"));
    Settings settings = Settings.load(data.settingsFile());
    WorkspaceOpener opener = new WorkspaceOpener(data, settings, path -> null);
    model = new MainViewModel(opener, settings, tasks, new RecordingAlerts(), uiThread);
    onUiThread(() -> model.create(folder.resolve("fired")));
    settle();
    assertThat(model.session()).as("the workspace opened").isNotNull();
  }

  @AfterEach
  void close() throws Exception {
    settle();
    // Work still running (the backup at opening) hands its end to the UI thread: stop that last.
    writerLane.shutdown();
    reads.shutdown();
    writerLane.awaitTermination(30, TimeUnit.SECONDS);
    reads.awaitTermination(30, TimeUnit.SECONDS);
    uiThread.shutdown();
    uiThread.awaitTermination(30, TimeUnit.SECONDS);
    if (model.session() != null) {
      model.session().close();
    }
  }

  @Test
  void twoHundredRandomCommandsFiredAtOnceEndAsAppliedOneByOne() throws Exception {
    List<Command> commands = randomCommands(200, new Random(20261130L));

    onUiThread(
        () -> {
          for (int i = 0; i < commands.size(); i++) {
            fire(commands.get(i), i);
          }
        });
    settle();

    try (WorkspaceSession oneByOne = WorkspaceSession.create(folder.resolve("one-by-one"))) {
      for (int i = 0; i < commands.size(); i++) {
        apply(oneByOne, commands.get(i), i);
      }
      assertThat(studies(model.session())).isEqualTo(studies(oneByOne));
      assertThat(model.session().history().undoDescription())
          .isEqualTo(oneByOne.history().undoDescription());
      assertThat(model.session().history().redoDescription())
          .isEqualTo(oneByOne.history().redoDescription());
    }
    assertThat(commands).contains(Command.ADD, Command.RENAME, Command.UNDO, Command.REDO);
    assertThat(errors).isEmpty();
  }

  @Test
  void twoQuickUndosTakeBackTheLastTwoChangesInOrder() throws Exception {
    onUiThread(
        () -> {
          fire(Command.ADD, 1);
          fire(Command.ADD, 2);
          fire(Command.ADD, 3);
          model.undo();
          model.undo();
        });
    settle();

    assertThat(titles(model.session())).containsExactly("Study 1");
    assertThat(model.session().history().redoDescription()).contains("Add study");
    onUiThread(model::redo);
    settle();
    assertThat(titles(model.session())).containsExactly("Study 1", "Study 2");
  }

  @Test
  void anUndoRightAfterAnEditInFlightTakesThatEditBack() throws Exception {
    onUiThread(
        () -> {
          assertThat(model.canUndoProperty().get()).isFalse();
          fire(Command.ADD, 1);
          model.undo();
        });
    settle();

    assertThat(titles(model.session())).isEmpty();
    assertThat(model.canRedoProperty().get()).isTrue();
  }

  /** What a screen does: the edit goes on the writer lane, the UI thread goes on at once. */
  private void fire(Command command, int number) {
    switch (command) {
      case ADD, RENAME -> {
        WorkspaceSession session = model.session();
        BackgroundTask.wrap(
                () -> {
                  apply(session, command, number);
                  return null;
                })
            .onFailure(failure -> errors.add(command + " " + number + ": " + failure))
            .writeWith(tasks);
      }
      case UNDO -> model.undo();
      case REDO -> model.redo();
    }
  }

  private static void apply(WorkspaceSession session, Command command, int number) {
    switch (command) {
      case ADD -> session.studies().create(Study.titled("Study " + number));
      case RENAME ->
          session.studies().all().stream()
              .min(Comparator.comparingLong(Study::id))
              .ifPresent(
                  first ->
                      session
                          .studies()
                          .update(
                              new Study(
                                  first.id(),
                                  "Renamed " + number,
                                  first.researchQuestions(),
                                  first.method(),
                                  first.status(),
                                  first.startsOn(),
                                  first.endsOn(),
                                  first.ownerId())));
      case UNDO -> session.history().undo();
      case REDO -> session.history().redo();
    }
  }

  private static List<Command> randomCommands(int count, Random random) {
    Command[] all = Command.values();
    List<Command> commands = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      commands.add(all[random.nextInt(all.length)]);
    }
    return commands;
  }

  private static List<String> studies(WorkspaceSession session) {
    return session.studies().all().stream()
        .sorted(Comparator.comparingLong(Study::id))
        .map(study -> study.id() + " " + study.title())
        .toList();
  }

  private static List<String> titles(WorkspaceSession session) {
    return session.studies().all().stream()
        .sorted(Comparator.comparingLong(Study::id))
        .map(Study::title)
        .toList();
  }

  private void onUiThread(Runnable work) throws Exception {
    CompletableFuture.runAsync(work, uiThread).get(30, TimeUnit.SECONDS);
  }

  /**
   * Waits until every write asked for so far has ended and the UI thread has handled what they
   * handed back to it.
   */
  private void settle() throws Exception {
    CompletableFuture<Void> written = new CompletableFuture<>();
    onUiThread(
        () ->
            BackgroundTask.wrap(() -> null)
                .onSuccess(ignored -> written.complete(null))
                .writeWith(tasks));
    written.get(60, TimeUnit.SECONDS);
    onUiThread(() -> {});
  }

  private final class RecordingAlerts implements Alerts {
    @Override
    public void error(String title, String message) {
      errors.add(title + ": " + message);
    }

    @Override
    public void info(String title, String message) {}

    @Override
    public boolean confirm(String title, String message) {
      return false;
    }
  }
}
