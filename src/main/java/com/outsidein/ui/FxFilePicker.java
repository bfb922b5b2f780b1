package com.outsidein.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link FilePicker} as the system's file chooser, owned by the main window: never by a popup or
 * menu that may have closed by the time the chooser opens.
 */
public final class FxFilePicker implements FilePicker {

  private final Supplier<Window> owner;

  public FxFilePicker(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> open(String title, String kind, List<String> patterns) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
    File chosen = chooser.showOpenDialog(owner.get());
    return Optional.ofNullable(chosen).map(File::toPath);
  }
}
