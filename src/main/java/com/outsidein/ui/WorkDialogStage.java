package com.outsidein.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of a dialog that starts work in the background (import, export, removal): modal over
 * the main window, in its look, and never closed under work that is still running.
 */
public final class WorkDialogStage {

  private WorkDialogStage() {}

  /** Shows the content in the stage as a dialog over its owner (none in some tests). */
  public static void prepare(Stage stage, Window owner, String title, Parent root) {
    stage.setTitle(title);
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    }
    Scene scene = new Scene(root);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
  }

  /** Closing while work runs cancels it, and the window closes once the work has stopped. */
  public static void cancelOnClose(Stage stage, ObservableBooleanValue running, Runnable cancel) {
    boolean[] closeWhenStopped = {false};
    stage.setOnCloseRequest(
        e -> {
          if (running.get()) {
            closeWhenStopped[0] = true;
            cancel.run();
            e.consume();
          }
        });
    running.addListener(
        (obs, was, now) -> {
          if (!now && stage.isShowing() && closeWhenStopped[0]) {
            stage.close();
          }
        });
  }

  /** Closing is refused while work that cannot be cancelled runs. */
  public static void keepOpenWhile(Stage stage, ObservableBooleanValue running) {
    stage.setOnCloseRequest(
        e -> {
          if (running.get()) {
            e.consume();
          }
        });
  }
}
