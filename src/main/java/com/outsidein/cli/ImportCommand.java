package com.outsidein.cli;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.ObservationImport;
import com.outsidein.domain.QdaImportSummary;
import com.outsidein.domain.QdaProject;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.exchange.refi.QdaSummaryText;
import com.outsidein.exchange.refi.QdpxImporter;
import com.outsidein.service.WorkspaceSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports observations from a CSV or XLSX file into a study, creating the workspace and the study
 * when they do not exist. The file is checked whole before anything is created or written.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import observations (.csv, .xlsx) or a REFI-QDA project (.qdpx) into a study, or a"
            + " REFI-QDA codebook (.qdc) into the codebook (the workspace is created when there is"
            + " none).")
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private WorkspaceOption workspace;

  @Option(
      names = "--study",
      paramLabel = "NAME",
      description =
          "The study to import into, by title (created when it does not exist); not for a .qdc"
              + " codebook.")
  private String study;

  @Option(
      names = "--again",
      description = "Import a file even though the same file was imported before.")
  private boolean again;

  @Parameters(
      paramLabel = "INPUT",
      description = "Observations (.csv, .xlsx), a REFI-QDA project (.qdpx) or codebook (.qdc).")
  private Path input;

  @Override
  public Integer call() {
    String extension = input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (extension.endsWith(".qdc")) {
      return importCodebook();
    }
    if (study == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--study=NAME'");
    }
    if (extension.endsWith(".qdpx")) {
      return importProject();
    }
    ObservationImport checked = ObservationImporter.check(input, ImportProgress.NONE);
    ImportSummary summary;
    try (WorkspaceSession session = workspace.openOrCreate()) {
      summary =
          new ObservationImporter(session)
              .importChecked(checked, study, again, ImportProgress.NONE);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : summary.warnings()) {
      err.println("outsidein: warning: " + input.getFileName() + ": " + warning);
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(describe(summary, input.getFileName().toString()));
    out.flush();
    return ExitCode.OK;
  }

  private Integer importProject() {
    QdaProject checked = QdpxImporter.checkProject(input, ImportProgress.NONE);
    QdaImportSummary summary;
    try (WorkspaceSession session = workspace.openOrCreate()) {
      summary = session.exchange().importProject(checked, study, again, ImportProgress.NONE);
    }
    print(QdaSummaryText.of(summary, input.getFileName().toString()));
    return ExitCode.OK;
  }

  private Integer importCodebook() {
    QdaProject checked = QdpxImporter.checkCodebook(input);
    QdaImportSummary summary;
    try (WorkspaceSession session = workspace.openOrCreate()) {
      summary = session.exchange().importCodebook(checked, again, ImportProgress.NONE);
    }
    print(QdaSummaryText.of(summary, input.getFileName().toString()));
    return ExitCode.OK;
  }

  private void print(String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }

  static String describe(ImportSummary summary, String fileName) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Imported %d observations from %s into the study \"%s\"%s.%n",
            summary.rows(),
            fileName,
            summary.study(),
            summary.studyCreated() ? " (new)" : ""));
    text.append(line("New people", summary.newPeople()));
    text.append(line("New accounts", summary.newAccounts()));
    text.append(line("New interviews", summary.newInterviews()));
    text.append(line("New codes", summary.newCodes()));
    List<String> values = new ArrayList<>();
    for (Map.Entry<Dimension, List<String>> entry : summary.newDimensionValues().entrySet()) {
      String dimension = entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      entry.getValue().forEach(v -> values.add(dimension + ": " + v));
    }
    text.append(line("New dimension values", values));
    return text.toString();
  }

  private static String line(String label, List<String> names) {
    if (names.isEmpty()) {
      return String.format(Locale.ROOT, "%s: 0%n", label);
    }
    int shown = Math.min(names.size(), 10);
    String list = String.join(", ", names.subList(0, shown));
    return String.format(
        Locale.ROOT,
        "%s: %d (%s%s)%n",
        label,
        names.size(),
        list,
        names.size() > shown ? ", …" : "");
  }
}
