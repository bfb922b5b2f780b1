package com.outsidein.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code outsidein [--workspace FILE]} opens the app; the subcommands work without a window. */
@Command(
    name = "outsidein",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A desktop workbench for customer insight. Without a command, opens the app.",
    subcommands = {
      SampleCommand.class,
      InfoCommand.class,
      ImportCommand.class,
      ImportPeopleCommand.class,
      ExportCommand.class,
      SearchCommand.class,
      BenchCommand.class
    })
final class RootCommand implements Callable<Integer> {

  private final AppLauncher launcher;

  @Option(
      names = "--workspace",
      converter = WorkspaceArgument.class,
      paramLabel = "FILE",
      description = "The workspace to open (with or without .mv.db). Default: the last one used.")
  private Path workspace;

  RootCommand(AppLauncher launcher) {
    this.launcher = launcher;
  }

  @Override
  public Integer call() {
    launcher.launch(workspace);
    return ExitCode.OK;
  }
}
