package com.outsidein.cli;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Study;
import com.outsidein.exchange.refi.ExchangeWriteException;
import com.outsidein.exchange.refi.ProjectExportResult;
import com.outsidein.exchange.refi.QdcExporter;
import com.outsidein.exchange.refi.QdpxExporter;
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

/**
 * Writes the Excel report, a REFI-QDA project or the codebook, by the output's extension. Never
 * creates a workspace.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write an Excel report (.xlsx), a REFI-QDA project (.qdpx) of one study or of every"
            + " study, or the codebook (.qdc): the format follows the extension.")
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
      paramLabel = "OUT",
      description = "The file to write (.xlsx, .qdpx or .qdc); an existing file is replaced.")
  private Path out;

  ExportCommand(Executor helpers) {
    this.helpers = helpers;
  }

  @Override
  public Integer call() {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx") && !name.endsWith(".qdpx") && !name.endsWith(".qdc")) {
      throw new BadInputException(
          "--out",
          "the output must be an .xlsx report, a .qdpx project or a .qdc codebook, not " + out);
    }
    try (WorkspaceSession session = workspace.open()) {
      Long studyId = study == null ? null : studyNamed(session, study).id();
      try {
        if (name.endsWith(".qdpx")) {
          exportProject(session, studyId);
        } else if (name.endsWith(".qdc")) {
          exportCodebook(session);
        } else {
          exportReport(session, studyId);
        }
      } catch (IOException | ExchangeWriteException e) {
        LOG.warn("The export {} could not be written", out, e);
        throw new BadInputException(out.toString(), "cannot be written: " + reason(e));
      } catch (QdcExporter.EmptyCodebookException e) {
        throw new BadInputException(out.toString(), e.getMessage());
      }
    }
    return ExitCode.OK;
  }

  private void exportReport(WorkspaceSession session, Long studyId) throws IOException {
    ReportResult result = new ReportWriter(session, helpers).write(studyId, out);
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
  }

  private void exportProject(WorkspaceSession session, Long studyId) throws IOException {
    ProjectExportResult result =
        new QdpxExporter(session.exchange(), session.reports())
            .export(studyId, out, ImportProgress.NONE);
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf(
        Locale.ROOT,
        "Wrote %s: %d sources, %d selections, %d codings, %d codes, %d cases, %d users, %d notes"
            + " (%d observations) in %.1f s.%n",
        result.file(),
        result.sources(),
        result.selections(),
        result.codings(),
        result.codes(),
        result.cases(),
        result.users(),
        result.notes(),
        result.observations(),
        result.elapsed().toMillis() / 1000.0);
    if (result.heldBack().isEmpty()) {
      printed.println("Nothing was held back.");
    } else {
      printed.printf(
          Locale.ROOT, "Held back or withheld (consent): %d%n", result.heldBack().size());
      result.heldBack().forEach(line -> printed.println("  " + line));
    }
    printed.flush();
  }

  private void exportCodebook(WorkspaceSession session) throws IOException {
    int codes = new QdcExporter(session.exchange()).export(out);
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf(Locale.ROOT, "Wrote %s: %d codes.%n", out, codes);
    printed.flush();
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

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
