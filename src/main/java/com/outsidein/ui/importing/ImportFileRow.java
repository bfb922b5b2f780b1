package com.outsidein.ui.importing;

import com.outsidein.ui.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file to import: typed, pasted or chosen (CSV or Excel), locked while the import runs. */
final class ImportFileRow {

  private ImportFileRow() {}

  static HBox of(
      String fieldId,
      String chooseId,
      StringProperty path,
      ObservableBooleanValue running,
      Window chooserOwner) {
    TextField file = new TextField();
    file.setId(fieldId);
    file.setPromptText(Messages.get("import.noFile"));
    file.textProperty().bindBidirectional(path);
    file.disableProperty().bind(running);
    Button choose = new Button(Messages.get("import.choose"));
    choose.setId(chooseId);
    choose.setOnAction(e -> choose(path, chooserOwner));
    choose.disableProperty().bind(running);
    HBox row = new HBox(8, file, choose);
    HBox.setHgrow(file, Priority.ALWAYS);
    return row;
  }

  private static void choose(StringProperty path, Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("import.chooseTitle"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("import.files"), "*.csv", "*.xlsx"));
    Path folder = Path.of(System.getProperty("user.home"));
    if (Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    File chosen = chooser.showOpenDialog(owner);
    if (chosen != null) {
      path.set(chosen.toPath().toString());
    }
  }
}
