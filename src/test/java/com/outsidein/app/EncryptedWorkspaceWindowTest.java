package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class EncryptedWorkspaceWindowTest {

  @RegisterExtension
  final RunningApp app =
      RunningApp.on(
          folder -> {
            Path file = folder.resolve("locked");
            try (WorkspaceSession session =
                WorkspaceSession.create(file, "open sesame".toCharArray())) {
              session.studies().create(Study.titled("Behind the password"));
            }
            return file;
          });

  private void answer(FxRobot robot, String password) throws Exception {
    AppTestSupport.await(() -> robot.lookup("#password-open").tryQuery().isPresent());
    PasswordField field = robot.lookup("#password-open").queryAs(PasswordField.class);
    robot.interact(() -> field.setText(password));
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
  }

  @Test
  void aWrongPasswordIsSaidSoAndTheRightOneOpensTheWorkspace(FxRobot robot) throws Exception {
    answer(robot, "wrong guess");
    AppTestSupport.await(() -> robot.lookup(".dialog-pane .danger").tryQuery().isPresent());
    answer(robot, "open sesame");

    AppTestSupport.awaitWorkspace(app.app());
    assertThat(app.model().session().studies().all())
        .extracting(Study::title)
        .containsExactly("Behind the password");
    assertThat(app.model().isEncrypted()).isTrue();
  }
}
