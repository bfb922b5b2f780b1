package com.outsidein.ui.shell;

import com.outsidein.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The menu bar: File, Edit, View, Help. Every item has a keyboard path. */
final class MainMenu {

  private final Stage stage;
  private final MainViewModel model;
  private final ShellActions actions;
  private final Dialogs dialogs;

  /** What the menu asks the window to do that the view model does not cover. */
  interface ShellActions {
    void quit();

    void showAbout();

    void logObservation();

    void search();

    void showWelcome();

    boolean confirm(String title, String message);

    void applyTheme(Theme theme);

    Theme currentTheme();
  }

  MainMenu(Stage stage, MainViewModel model, ShellActions actions, Dialogs dialogs) {
    this.stage = stage;
    this.model = model;
    this.actions = actions;
    this.dialogs = dialogs;
  }

  MenuBar build() {
    MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), helpMenu());
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private Menu fileMenu() {
    MenuItem create = item("menu.file.new", "Shortcut+N", this::chooseNewWorkspace);
    create.setId("menu-new-workspace");
    MenuItem open = item("menu.file.open", "Shortcut+O", this::chooseWorkspaceToOpen);
    Menu recent = new Menu(Messages.get("menu.file.recent"));
    recent.setId("menu-recent");
    fillRecent(recent);
    model.recentWorkspaces().addListener((ListChangeListener<Path>) change -> fillRecent(recent));
    MenuItem export = item("menu.file.export", "Shortcut+E", () -> dialogs.exportReport(stage));
    export.setId("menu-export-report");
    export.disableProperty().bind(model.sessionProperty().isNull().or(model.busyProperty()));
    MenuItem exportRefi =
        item("menu.file.exportRefi", null, () -> dialogs.exportRefiProject(stage));
    exportRefi.setId("menu-export-refi");
    exportRefi.disableProperty().bind(model.sessionProperty().isNull().or(model.busyProperty()));
    MenuItem importObservations =
        item(
            "menu.file.importObservations",
            "Shortcut+Shift+M",
            () -> dialogs.importObservations(stage));
    importObservations.setId("menu-import-observations");
    importObservations
        .disableProperty()
        .bind(model.sessionProperty().isNull().or(model.busyProperty()));
    MenuItem importPeople = item("menu.file.importPeople", null, () -> dialogs.importPeople(stage));
    importPeople.setId("menu-import-people");
    importPeople.disableProperty().bind(model.sessionProperty().isNull().or(model.busyProperty()));
    MenuItem removeImport = item("menu.file.removeImport", null, () -> dialogs.removeImport(stage));
    removeImport.setId("menu-remove-import");
    removeImport.disableProperty().bind(model.sessionProperty().isNull().or(model.busyProperty()));
    MenuItem password = item("menu.file.password", null, this::changePassword);
    password.disableProperty().bind(model.sessionProperty().isNull());
    MenuItem backup = item("menu.file.backup", null, model::backupNow);
    MenuItem restore = item("menu.file.restore", null, this::chooseBackupToRestore);
    backup.disableProperty().bind(model.sessionProperty().isNull());
    restore.disableProperty().bind(model.sessionProperty().isNull());
    MenuItem quit = item("menu.file.quit", "Shortcut+Q", actions::quit);
    Menu menu =
        new Menu(
            Messages.get("menu.file"),
            null,
            create,
            open,
            recent,
            new SeparatorMenuItem(),
            importObservations,
            importPeople,
            removeImport,
            export,
            exportRefi,
            new SeparatorMenuItem(),
            password,
            backup,
            restore,
            new SeparatorMenuItem(),
            quit);
    model
        .busyProperty()
        .addListener(
            (obs, old, busy) -> {
              create.setDisable(busy);
              open.setDisable(busy);
              recent.setDisable(busy);
            });
    return menu;
  }

  /**
   * Undo and Redo act on the typing first when a text field has the focus, as usual, and on the
   * workspace otherwise.
   */
  private Menu editMenu() {
    MenuItem undo =
        item(
            "menu.edit.undo",
            "Shortcut+Z",
            () -> {
              if (!TextUndo.undoIn(stage.getScene().getFocusOwner())) {
                model.undo();
              }
            });
    MenuItem redo =
        item(
            "menu.edit.redo",
            "Shortcut+Shift+Z",
            () -> {
              if (!TextUndo.redoIn(stage.getScene().getFocusOwner())) {
                model.redo();
              }
            });
    undo.setId("menu-undo");
    redo.setId("menu-redo");
    undo.textProperty().bind(model.undoTextProperty());
    redo.textProperty().bind(model.redoTextProperty());
    MenuItem log = item("menu.edit.log", "Shortcut+L", actions::logObservation);
    log.setId("menu-log-observation");
    MenuItem search = item("menu.edit.search", "Shortcut+K", actions::search);
    search.setId("menu-search");
    return new Menu(
        Messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), log, search);
  }

  private Menu viewMenu() {
    ToggleGroup themes = new ToggleGroup();
    RadioMenuItem light = new RadioMenuItem(Messages.get("menu.view.light"));
    RadioMenuItem dark = new RadioMenuItem(Messages.get("menu.view.dark"));
    light.setToggleGroup(themes);
    dark.setToggleGroup(themes);
    (actions.currentTheme() == Theme.DARK ? dark : light).setSelected(true);
    light.setOnAction(e -> actions.applyTheme(Theme.LIGHT));
    dark.setOnAction(e -> actions.applyTheme(Theme.DARK));
    Menu menu = new Menu(Messages.get("menu.view"), null, light, dark, new SeparatorMenuItem());
    int number = 1;
    for (Section section : Section.values()) {
      MenuItem go =
          item(
              "section." + section.name(),
              "Shortcut+" + number++,
              () -> model.sectionProperty().set(section));
      menu.getItems().add(go);
    }
    return menu;
  }

  private Menu helpMenu() {
    MenuItem sample = item("menu.help.sample", null, model::openSample);
    sample.setId("menu-open-sample");
    MenuItem welcome = item("menu.help.welcome", null, actions::showWelcome);
    welcome.setId("menu-welcome");
    MenuItem about = item("menu.help.about", null, actions::showAbout);
    return new Menu(
        Messages.get("menu.help"), null, welcome, sample, new SeparatorMenuItem(), about);
  }

  private void fillRecent(Menu recent) {
    recent.getItems().clear();
    for (Path path : model.recentWorkspaces()) {
      MenuItem open = new MenuItem(path.toString());
      open.setMnemonicParsing(false);
      open.setOnAction(e -> model.open(path));
      recent.getItems().add(open);
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
      none.setDisable(true);
      recent.getItems().add(none);
    }
  }

  /** File › Restore from backup…: pick one of the workspace's backups, then confirm. */
  private void chooseBackupToRestore() {
    model.listBackups(
        backups -> {
          if (backups.isEmpty()) {
            return;
          }
          new com.outsidein.ui.PickerDialog<>(
                  stage,
                  Messages.get("restore.title"),
                  backups,
                  b ->
                      Messages.get(
                          b.kind() == com.outsidein.domain.Backup.Kind.ROUTINE
                              ? "restore.routine"
                              : "restore.beforeMigration",
                          b.takenAt().toLocalDate(),
                          b.takenAt().toLocalTime(),
                          Math.max(1, b.bytes() / 1024)))
              .choose()
              .ifPresent(
                  backup -> {
                    if (actions.confirm(
                        Messages.get("restore.title"),
                        Messages.get(
                            "restore.confirm",
                            backup.takenAt().toLocalDate(),
                            backup.takenAt().toLocalTime()))) {
                      model.restore(backup);
                    }
                  });
        });
  }

  private PasswordDialogs passwords() {
    return new PasswordDialogs(() -> stage);
  }

  /** File › Password…: encrypt the workspace, or change or remove its password. */
  private void changePassword() {
    String name = model.titleProperty().get();
    if (model.isEncrypted()) {
      passwords()
          .current(name)
          .ifPresent(
              old ->
                  passwords()
                      .newPassword(
                          Messages.get("password.changeTitle"),
                          Messages.get("password.changeHeader"))
                      .ifPresent(chosen -> model.changePassword(old, chosen)));
    } else {
      passwords()
          .newPassword(
              Messages.get("password.encryptTitle"), Messages.get("password.encryptHeader"))
          .filter(chosen -> chosen.length > 0)
          .ifPresent(chosen -> model.changePassword(null, chosen));
    }
  }

  private void chooseNewWorkspace() {
    FileChooser chooser = workspaceChooser("dialog.new.title");
    chooser.setInitialFileName(Messages.get("dialog.new.defaultName"));
    File file = chooser.showSaveDialog(stage);
    if (file != null) {
      passwords()
          .newPassword(Messages.get("dialog.new.title"), Messages.get("password.newWorkspace"))
          .ifPresent(password -> model.create(file.toPath(), password));
    }
  }

  private void chooseWorkspaceToOpen() {
    File file = workspaceChooser("dialog.open.title").showOpenDialog(stage);
    if (file != null) {
      model.open(file.toPath());
    }
  }

  private static FileChooser workspaceChooser(String titleKey) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get(titleKey));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("dialog.workspaceFiles"), "*.mv.db"));
    return chooser;
  }

  private static MenuItem item(String key, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(Messages.get(key));
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}
