package com.outsidein.cli;

import com.outsidein.exchange.bench.Bench;
import com.outsidein.exchange.bench.BenchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures OutsideIn's speed on a synthetic workspace. The measurement runs in a JVM limited to a
 * 200 MB heap (this one, if it already is; else a child started for it), so the heap figure means
 * the same on every machine; the first export runs in one more child JVM of the same limit, which
 * opens the workspace and exports at once.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Build a synthetic workspace in a temp folder and measure import, export, search and opening.",
      "Runs with a 200 MB heap."
    })
final class BenchCommand implements Callable<Integer> {

  static final int HEAP_MB = 200;

  private static final String RATE = "firstExportRowsPerSec=";
  private static final String PEAK = "peakHeapMb=";

  private final Executor helpers;

  @Spec private CommandSpec spec;

  @Option(
      names = "--observations",
      paramLabel = "N",
      description = "How many observations (default: ${DEFAULT-VALUE}).")
  private int observations = Bench.DEFAULT_OBSERVATIONS;

  @Option(names = "--json", description = "Print one JSON object.")
  private boolean json;

  @Option(names = "--in-this-jvm", hidden = true, description = "Do not start a child JVM.")
  private boolean inThisJvm;

  @Option(
      names = "--first-export-of",
      hidden = true,
      paramLabel = "WORKSPACE",
      description = "Open this workspace, export it at once, print the speed (the fresh JVM).")
  private Path firstExportOf;

  BenchCommand(Executor helpers) {
    this.helpers = helpers;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (observations < 20) {
      spec.commandLine().getErr().println("--observations must be at least 20.");
      return ExitCode.USAGE;
    }
    if (firstExportOf != null) {
      Bench.FirstExport first =
          Bench.openAndExport(firstExportOf, firstExportOf.toAbsolutePath().getParent(), helpers);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s%f %s%d%n", RATE, first.rowsPerSecond(), PEAK, first.peakHeapMb());
      out.flush();
      return ExitCode.OK;
    }
    long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    if (!inThisJvm && maxMb > HEAP_MB + HEAP_MB / 10) {
      return runInChildJvm();
    }
    PrintWriter err = spec.commandLine().getErr();
    BenchResult result =
        new Bench(
                observations,
                line -> {
                  if (!json) {
                    err.println(line + "…");
                    err.flush();
                  }
                },
                helpers,
                BenchCommand::exportInFreshJvm)
            .run();
    if (json && result.peerXlsxwriterRowsPerSec().isEmpty()) {
      err.println(Bench.PEER_SKIPPED);
      err.flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? Json.write(fields(result)) : table(result));
    out.flush();
    return ExitCode.OK;
  }

  /** A command that runs {@code outsidein bench} in a new JVM with the bench's heap limit. */
  private static List<String> childJvm() {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + HEAP_MB + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.outsidein.app.Main");
    command.add("bench");
    return command;
  }

  /** Runs the first export in a fresh JVM; its errors go where this JVM's go. */
  private static Bench.FirstExport exportInFreshJvm(Path workspace) throws IOException {
    List<String> command = childJvm();
    command.add("--first-export-of=" + workspace.toAbsolutePath());
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output =
        new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    try {
      int exit = child.waitFor();
      Matcher figures =
          Pattern.compile(Pattern.quote(RATE) + "([0-9.]+) " + Pattern.quote(PEAK) + "([0-9]+)")
              .matcher(output);
      if (exit != 0 || !figures.find()) {
        throw new IOException("The first export's JVM failed (exit " + exit + "): " + output);
      }
      return new Bench.FirstExport(
          Double.parseDouble(figures.group(1)), Long.parseLong(figures.group(2)));
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while the first export ran", e);
    }
  }

  private int runInChildJvm() throws IOException, InterruptedException {
    List<String> command = childJvm();
    command.add("--in-this-jvm");
    command.add("--observations=" + observations);
    if (json) {
      command.add("--json");
    }
    Process child = new ProcessBuilder(command).redirectErrorStream(false).start();
    CompletableFuture<Void> errors =
        CompletableFuture.runAsync(
            () -> copy(child.getErrorStream(), spec.commandLine().getErr()), helpers);
    copy(child.getInputStream(), spec.commandLine().getOut());
    int exit = child.waitFor();
    errors.join();
    return exit;
  }

  private static void copy(java.io.InputStream from, PrintWriter to) {
    try (var reader =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(from, java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        to.println(line);
        to.flush();
      }
    } catch (IOException e) {
      to.println("Lost the bench's output: " + e.getMessage());
    }
  }

  static Map<String, Object> fields(BenchResult r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("observations", r.observations());
    fields.put("importRowsPerSec", Math.round(r.importRowsPerSec()));
    fields.put("csvreadRowsPerSec", Math.round(r.csvreadRowsPerSec()));
    fields.put("firstExportRowsPerSec", Math.round(r.firstExportRowsPerSec()));
    fields.put("exportRowsPerSec", Math.round(r.exportRowsPerSec()));
    fields.put("searchP50Ms", round2(r.searchP50Ms()));
    fields.put("searchP95Ms", round2(r.searchP95Ms()));
    fields.put("indexBuildMs", r.indexBuildMs());
    fields.put("openMs", r.openMs());
    fields.put("peakHeapMb", r.peakHeapMb());
    fields.put("maxHeapMb", r.maxHeapMb());
    fields.put("fileGrowthAfterEdits", round2(r.fileGrowthAfterEdits()));
    fields.put("fileMbPer1000Observations", round2(r.fileMbPer1000Observations()));
    fields.put("backupMs", r.backupMs());
    r.peerXlsxwriterRowsPerSec()
        .ifPresent(rate -> fields.put("peerXlsxwriterRowsPerSec", Math.round(rate)));
    fields.put("importVsCsvread", round2(r.importVsCsvread()));
    r.firstExportVsXlsxwriter()
        .ifPresent(ratio -> fields.put("firstExportVsXlsxwriter", round2(ratio)));
    return fields;
  }

  private static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String table(BenchResult r) {
    String peer =
        r.peerXlsxwriterRowsPerSec().isPresent()
            ? String.format(
                "xlsxwriter (Python)   %,.0f rows/s, constant-memory mode, the same rows",
                r.peerXlsxwriterRowsPerSec().getAsDouble())
            : "xlsxwriter (Python)   skipped: no Python 3 with xlsxwriter found";
    return String.join(
        "\n",
        String.format("observations          %,d", r.observations()),
        String.format(
            "import                %,.0f rows/s (%.2f× CSVREAD; target at least 0.6×)",
            r.importRowsPerSec(), r.importVsCsvread()),
        String.format("CSVREAD (H2 alone)    %,.0f rows/s", r.csvreadRowsPerSec()),
        peer,
        String.format(
            "first export          %,.0f rows/s in a fresh JVM%s (target at least 2× xlsxwriter)",
            r.firstExportRowsPerSec(), timesPeer(r.firstExportVsXlsxwriter())),
        String.format(
            "export                %,.0f rows/s, median of 3 later ones%s (target at least 4×"
                + " xlsxwriter)",
            r.exportRowsPerSec(), timesPeer(r.exportVsXlsxwriter())),
        String.format(
            "search                p50 %.2f ms, p95 %.2f ms (target p95 under 10 ms)",
            r.searchP50Ms(), r.searchP95Ms()),
        String.format("search index build    %,d ms (target under 15,000 ms)", r.indexBuildMs()),
        String.format("open                  %,d ms (target under 500 ms)", r.openMs()),
        String.format(
            "peak heap             %,d MB old generation after a collection, of %,d MB",
            r.peakHeapMb(), r.maxHeapMb()),
        String.format(
            "file size             %.2f MB per 1,000 observations", r.fileMbPer1000Observations()),
        String.format(
            "growth after edits    %.2f× after %,d saves of notes (target at most 1.2×)",
            r.fileGrowthAfterEdits(), Bench.NOTE_SAVES),
        String.format("backup                %,d ms (target under 5,000 ms)", r.backupMs()));
  }

  private static String timesPeer(java.util.OptionalDouble ratio) {
    return ratio.isPresent() ? String.format(", %.2f× xlsxwriter", ratio.getAsDouble()) : "";
  }
}
