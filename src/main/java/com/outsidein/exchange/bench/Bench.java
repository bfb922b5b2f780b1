package com.outsidein.exchange.bench;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.exchange.report.ReportResult;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.StorageBaseline;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a synthetic workspace in a temp folder through the real importer and measures, in one run:
 * import against H2's CSVREAD, the xlsx export (the first in the process, and the median of three
 * more), 200 searches, and opening the workspace. The temp folder is deleted afterwards.
 */
public final class Bench {

  public static final int DEFAULT_OBSERVATIONS = 100_000;
  private static final int SEARCHES = 200;

  /** Exports timed after the first, which also pays for loading POI and compiling the code. */
  private static final int TIMED_EXPORTS = 3;

  private static final long SEED = 20261130L;

  private final int observations;
  private final Consumer<String> log;
  private final Executor helpers;

  /**
   * @param log hears what the bench is doing, one line per step
   * @param helpers runs what goes on beside a measurement (heap sampling, the backup at opening, an
   *     export's reading); it needs at least three threads at once
   */
  public Bench(int observations, Consumer<String> log, Executor helpers) {
    if (observations < SyntheticStudy.OBSERVATIONS_PER_INTERVIEW) {
      throw new IllegalArgumentException(
          "At least " + SyntheticStudy.OBSERVATIONS_PER_INTERVIEW + " observations are needed");
    }
    this.observations = observations;
    this.log = log;
    this.helpers = helpers;
  }

  /**
   * Fills a workspace with the bench's synthetic study of this many observations (without the
   * interviews' notes and transcripts), through the real importer; the CSV it imports is written
   * into {@code scratch}. For tests that need a workspace of bench size.
   */
  public static ImportSummary fill(WorkspaceSession session, int observations, Path scratch)
      throws IOException {
    Path csv = scratch.resolve("bench-observations.csv");
    new SyntheticStudy(observations, SEED).writeCsv(csv);
    return new ObservationImporter(session)
        .importObservations(csv, "Bench study", false, ImportProgress.NONE);
  }

  public BenchResult run() throws IOException {
    Path folder = Files.createTempDirectory("outsidein-bench");
    try (HeapWatch heap = new HeapWatch(helpers)) {
      return run(folder, heap);
    } finally {
      deleteTree(folder);
    }
  }

  private BenchResult run(Path folder, HeapWatch heap) throws IOException {
    SyntheticStudy study = new SyntheticStudy(observations, SEED);
    Path csv = folder.resolve("observations.csv");
    log.accept("Writing " + observations + " synthetic observations");
    study.writeCsv(csv);

    Path workspace = folder.resolve("bench");
    double importRate;
    double firstExportRate;
    double exportRate;
    double[] searchMs;
    long buildMs;
    try (WorkspaceSession session = WorkspaceSession.create(workspace)) {
      log.accept("Importing through the importer");
      long started = System.nanoTime();
      ImportSummary imported =
          new ObservationImporter(session)
              .importObservations(csv, "Bench study", false, ImportProgress.NONE);
      importRate = perSecond(imported.rows(), System.nanoTime() - started);

      log.accept("Adding notes and transcripts to " + study.interviews() + " interviews");
      addInterviewTexts(session, study);

      log.accept("Exporting the report, then " + TIMED_EXPORTS + " more times");
      firstExportRate = export(session, folder);
      double[] exportRates = new double[TIMED_EXPORTS];
      for (int i = 0; i < TIMED_EXPORTS; i++) {
        exportRates[i] = export(session, folder);
      }
      Arrays.sort(exportRates);
      exportRate = exportRates[TIMED_EXPORTS / 2];

      log.accept("Building the search index");
      started = System.nanoTime();
      session.search().prepare();
      buildMs = (System.nanoTime() - started) / 1_000_000;
      log.accept("Running " + SEARCHES + " searches");
      searchMs = searches(session, study.queries(SEARCHES));
    }

    log.accept("Loading the CSV with CSVREAD");
    long started = System.nanoTime();
    long loaded = StorageBaseline.csvRead(folder, csv, SyntheticStudy.COLUMNS);
    double csvreadRate = perSecond(loaded, System.nanoTime() - started);

    log.accept("Opening the workspace");
    long openMs = timeOpening(workspace);

    Arrays.sort(searchMs);
    return new BenchResult(
        observations,
        importRate,
        csvreadRate,
        firstExportRate,
        exportRate,
        percentile(searchMs, 50),
        percentile(searchMs, 95),
        buildMs,
        openMs,
        heap.peakMb(),
        HeapWatch.maxMb());
  }

  /** Exports every study and returns observations per second. */
  private double export(WorkspaceSession session, Path folder) throws IOException {
    ReportResult report =
        new ReportWriter(session, helpers).write(null, folder.resolve("report.xlsx"));
    Files.deleteIfExists(report.file());
    return report.observationsPerSecond();
  }

  private static void addInterviewTexts(WorkspaceSession session, SyntheticStudy study) {
    List<InterviewSummary> interviews = session.interviews().summaries(null);
    for (InterviewSummary interview : interviews) {
      int number = Integer.parseInt(interview.title().replaceAll("\\D", "")) - 1;
      session.interviews().saveText(interview.id(), InterviewField.NOTES, study.notes(number));
      session
          .interviews()
          .saveText(interview.id(), InterviewField.TRANSCRIPT, study.transcript(number));
    }
  }

  private static double[] searches(WorkspaceSession session, List<String> queries) {
    double[] ms = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long started = System.nanoTime();
      session.search().search(queries.get(i));
      ms[i] = (System.nanoTime() - started) / 1e6;
    }
    return ms;
  }

  /**
   * From opening (lock, migration check) to the first page of observations loaded, with the backup
   * at opening started in the background as the app does; the backup's own time is reported apart.
   */
  private long timeOpening(Path workspace) {
    long started = System.nanoTime();
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      CompletableFuture<Long> backup =
          CompletableFuture.supplyAsync(
              () -> {
                long backupStarted = System.nanoTime();
                session.backups().backupNow();
                return (System.nanoTime() - backupStarted) / 1_000_000;
              },
              helpers);
      session.observations().rows(ObservationFilter.ALL, 0, 100);
      long openMs = (System.nanoTime() - started) / 1_000_000;
      log.accept("The backup at opening took " + backup.join() + " ms in the background");
      return openMs;
    }
  }

  private static double perSecond(long rows, long nanos) {
    return rows / (nanos / 1e9);
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Bench::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
