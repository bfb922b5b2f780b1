package com.outsidein.cli;

import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.WorkspaceSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Builds a new workspace filled from the sample data; refuses a path that holds one already. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = "Create a new workspace filled with the sample data (FILE must not exist yet).")
final class SampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private WorkspaceOption workspace;

  @Override
  public Integer call() {
    WorkspaceCounts counts;
    Path file;
    try (WorkspaceSession session = SampleWorkspace.build(workspace.file())) {
      counts = session.counts();
      file = session.file();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Created the sample workspace %s: %d studies, %d people, %d interviews, %d observations,"
            + " %d insights, %d canvases.%n",
        file,
        counts.studies(),
        counts.people(),
        counts.interviews(),
        counts.observations(),
        counts.insights(),
        counts.canvases());
    out.flush();
    return ExitCode.OK;
  }
}
