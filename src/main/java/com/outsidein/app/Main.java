package com.outsidein.app;

import com.outsidein.cli.Cli;
import com.outsidein.service.DataFolder;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts OutsideIn: with no command, the desktop app; with one, the command line. Not a JavaFX
 * Application itself, so the jar starts from the class path.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    DataFolder dataFolder = DataFolder.forCurrentUser();
    System.setProperty("outsidein.logDir", dataFolder.logs().toString());
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();

    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    ExecutorService helpers = TaskPools.newHelpers();
    int exitCode;
    try {
      exitCode =
          Cli.run(
              args,
              workspace -> {
                List<String> parameters = new ArrayList<>();
                if (workspace != null) {
                  parameters.add("--" + OutsideInApp.WORKSPACE_PARAMETER + "=" + workspace);
                }
                Application.launch(OutsideInApp.class, parameters.toArray(String[]::new));
              },
              helpers,
              out,
              err);
    } finally {
      helpers.shutdown();
    }
    System.exit(exitCode);
  }
}
