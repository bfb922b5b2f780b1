package com.outsidein.cli;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Study;
import com.outsidein.exchange.report.ReportResult;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the Excel report of one study or of every study. Never creates a workspace. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write an Excel report (.xlsx) of one study, or of every study.")
final class ExportCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);

  private final Executor helpers;

  @Spec private CommandSpec spec;

  @Mixin private WorkspaceOption workspace;

  @Option(
      names = "--study",
      paramLabel = "NAME",
      description = "The study to report on, by title. Default: every study.")
  private String study;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "REPORT.xlsx",
      description = "The report to write; an existing file is replaced.")
  private Path out;

  ExportCommand(Executor helpers) {
    this.helpers = helpers;
  }

  @Override
  public Integer call() {
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new BadInputException("--out", "the report must be an .xlsx file, not " + out);
    }
    ReportResult result;
    try (WorkspaceSession session = workspace.open()) {
      Long studyId = study == null ? null : studyNamed(session, study).id();
      try {
        result = new ReportWriter(session, helpers).write(studyId, out);
      } catch (IOException e) {
        LOG.warn("The report {} could not be written", out, e);
        throw new BadInputException(out.toString(), "cannot be written: " + reason(e));
      }
    }
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf(
        Locale.ROOT,
        "Wrote %s: %d observations on %d sheets (quotes withheld: %d) in %.1f s.%n",
        result.file(),
        result.observations(),
        result.sheets().size(),
        result.withheldQuotes(),
        result.elapsed().toMillis() / 1000.0);
    printed.flush();
    return ExitCode.OK;
  }

  private static Study studyNamed(WorkspaceSession session, String title) {
    return session
        .studies()
        .findByTitle(title)
        .orElseThrow(
            () ->
                new BadInputException(
                    "--study",
                    "there is no study called \"" + title.trim() + "\" in " + session.file()));
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
