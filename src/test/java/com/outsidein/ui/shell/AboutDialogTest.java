package com.outsidein.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.service.AppInfo;
import com.outsidein.ui.FxWait;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @AfterEach
  void closeEveryWindow() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void showsTheIconTheVersionAndTheThirdPartyLicences(FxRobot robot) throws Exception {
    Platform.runLater(() -> new AboutDialog(stage, new AboutViewModel()).show());
    FxWait.until(10, () -> robot.lookup("#about").tryQuery().isPresent());

    DialogPane about = robot.lookup("#about").queryAs(DialogPane.class);
    assertThat(about.getHeaderText()).contains(AppInfo.version());
    assertThat(((ImageView) about.getGraphic()).getImage()).isNotNull();

    robot.clickOn(robot.lookup("#about-third-party").queryAs(Hyperlink.class));
    FxWait.until(10, () -> robot.lookup("#third-party-text").tryQuery().isPresent());
    String notice = robot.lookup("#third-party-text").queryAs(TextArea.class).getText();
    assertThat(notice)
        .contains("H2 Database Engine")
        .contains("javafx controls")
        .contains("Apache License")
        .contains("GNU General Public License");
  }
}
