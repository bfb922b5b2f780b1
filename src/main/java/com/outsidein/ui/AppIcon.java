package com.outsidein.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * The app's icon, rendered from {@code assets/icon.svg} into {@code icon-SIZE.png} on the class
 * path, for the windows and dialogs.
 */
public final class AppIcon {

  private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
  private static final int LARGEST = 256;

  private AppIcon() {}

  /** Every size, for a window's icons: the system picks the one it needs. */
  public static List<Image> images() {
    List<Image> images = new ArrayList<>();
    for (int size : SIZES) {
      Image image = load(size, size);
      if (image != null) {
        images.add(image);
      }
    }
    return images;
  }

  /** Gives a window (a stage or a dialog's window) the app's icons. */
  public static void applyTo(Window window) {
    if (window instanceof javafx.stage.Stage stage) {
      stage.getIcons().setAll(images());
    }
  }

  /** The icon shown inside a window at the given size, or an empty view if none is packaged. */
  public static ImageView view(int size) {
    ImageView view = new ImageView(load(LARGEST, size));
    view.setFitWidth(size);
    view.setFitHeight(size);
    view.setPreserveRatio(true);
    view.setSmooth(true);
    return view;
  }

  private static Image load(int file, int size) {
    try (InputStream in = AppIcon.class.getResourceAsStream("icon-" + file + ".png")) {
      return in == null ? null : new Image(in, size, size, true, true);
    } catch (IOException e) {
      return null;
    }
  }
}
