package com.outsidein.cli;

import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.service.WorkspaceSession;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints how many of each kind of thing a workspace holds. Never creates a workspace. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Print the counts of every kind of thing in a workspace.")
final class InfoCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private WorkspaceOption workspace;

  @Option(names = "--json", description = "Print one JSON object.")
  private boolean json;

  @Override
  public Integer call() {
    WorkspaceCounts counts;
    try (WorkspaceSession session = workspace.open()) {
      counts = session.counts();
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> fields = fields(counts);
    if (json) {
      out.println(Json.write(fields));
    } else {
      fields.forEach((name, value) -> out.printf("%-14s %s%n", name, value));
    }
    out.flush();
    return ExitCode.OK;
  }

  static Map<String, Object> fields(WorkspaceCounts c) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("studies", c.studies());
    fields.put("accounts", c.accounts());
    fields.put("people", c.people());
    fields.put("interviews", c.interviews());
    fields.put("observations", c.observations());
    fields.put("codes", c.codes());
    fields.put("insights", c.insights());
    fields.put("canvases", c.canvases());
    fields.put("canvasEntries", c.canvasEntries());
    fields.put("schemaVersion", schemaVersion(c.schemaVersion()));
    return fields;
  }

  private static Object schemaVersion(String version) {
    return version.matches("\\d+") ? (Object) Integer.valueOf(version) : version;
  }
}
