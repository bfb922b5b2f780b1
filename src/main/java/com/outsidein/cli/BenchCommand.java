package com.outsidein.cli;

import com.outsidein.exchange.bench.Bench;
import com.outsidein.exchange.bench.BenchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures OutsideIn's speed on a synthetic workspace. The measurement runs in a JVM limited to a
 * 300 MB heap (this one, if it already is; else a child started for it), so the heap figure means
 * the same on every machine.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Build a synthetic workspace in a temp folder and measure import, export, search and opening.",
      "Runs with a 300 MB heap."
    })
final class BenchCommand implements Callable<Integer> {

  static final int HEAP_MB = 300;

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

  BenchCommand(Executor helpers) {
    this.helpers = helpers;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (observations < 20) {
      spec.commandLine().getErr().println("--observations must be at least 20.");
      return ExitCode.USAGE;
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
                helpers)
            .run();
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? Json.write(fields(result)) : table(result));
    out.flush();
    return ExitCode.OK;
  }

  private int runInChildJvm() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + HEAP_MB + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.outsidein.app.Main");
    command.add("bench");
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
    return fields;
  }

  private static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String table(BenchResult r) {
    return String.join(
        "\n",
        String.format("observations          %,d", r.observations()),
        String.format(
            "import                %,.0f rows/s (%.0f%% of CSVREAD; target at least 50%%)",
            r.importRowsPerSec(), r.importToCsvreadRatio() * 100),
        String.format("CSVREAD (H2 alone)    %,.0f rows/s", r.csvreadRowsPerSec()),
        String.format(
            "export                %,.0f rows/s, median of 3 after the first (target at least 25,000)",
            r.exportRowsPerSec()),
        String.format(
            "first export          %,.0f rows/s (also loads POI and compiles the code)",
            r.firstExportRowsPerSec()),
        String.format(
            "search                p50 %.2f ms, p95 %.2f ms (target p95 under 10 ms)",
            r.searchP50Ms(), r.searchP95Ms()),
        String.format("search index build    %,d ms (target under 15,000 ms)", r.indexBuildMs()),
        String.format("open                  %,d ms (target under 500 ms)", r.openMs()),
        String.format("peak heap             %,d MB of %,d MB", r.peakHeapMb(), r.maxHeapMb()));
  }
}
