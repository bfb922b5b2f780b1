package com.outsidein.cli;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.PeopleImport;
import com.outsidein.exchange.importing.PeopleImporter;
import com.outsidein.service.WorkspaceSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports people and accounts from a CSV or XLSX file; the file is checked whole first. */
@Command(
    name = "import-people",
    mixinStandardHelpOptions = true,
    description =
        "Import people and accounts from a .csv or .xlsx file (the workspace is created when"
            + " there is none).")
final class ImportPeopleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private WorkspaceOption workspace;

  @Option(names = "--again", description = "Import a file even though it was imported before.")
  private boolean again;

  @Parameters(paramLabel = "INPUT", description = "The people: a .csv or .xlsx file.")
  private Path input;

  @Override
  public Integer call() {
    PeopleImport checked = PeopleImporter.check(input);
    ImportSummary summary;
    WorkspaceSession session = workspace.openOrCreate();
    try (WorkspaceSession open = session) {
      summary = new PeopleImporter(open).importChecked(checked, again, ImportProgress.NONE);
    }
    PrintWriter err = spec.commandLine().getErr();
    summary
        .warnings()
        .forEach(w -> err.println("outsidein: warning: " + input.getFileName() + ": " + w));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Imported %d people from %s: %d new people, %d new accounts.%n",
        summary.rows(),
        input.getFileName(),
        summary.newPeople().size(),
        summary.newAccounts().size());
    out.flush();
    return ExitCode.OK;
  }
}
