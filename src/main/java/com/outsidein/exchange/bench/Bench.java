package com.outsidein.exchange.bench;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.Study;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.exchange.report.ReportResult;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.StorageBaseline;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a synthetic workspace in a temp folder through the real importer and measures, in one run:
 * import against H2's CSVREAD, the workspace's size, a forced backup, the xlsx export (the first in
 * a fresh JVM, and the median of later ones in this JVM) against Python's xlsxwriter writing the
 * same rows, 200 searches, opening the workspace, and how much a workspace grows under many saves
 * of interview notes. The temp folder is deleted afterwards.
 */
public final class Bench {

  public static final int DEFAULT_OBSERVATIONS = 100_000;
  private static final int SEARCHES = 200;

  /** Exports timed after a first one in this JVM, which loads POI and has its code compiled. */
  private static final int TIMED_EXPORTS = 3;

  /** The growth measurement: this many saves of notes, spread over this many interviews. */
  static final int EDITED_INTERVIEWS = 200;

  public static final int NOTE_SAVES = 2_000;

  private static final long SEED = 20261130L;

  /** What the bench says when Python's xlsxwriter is not there to compare with. */
  public static final String PEER_SKIPPED =
      "Skipping the xlsxwriter peer: no Python 3 with xlsxwriter was found"
          + " (apt-get install python3-xlsxwriter, or pip install xlsxwriter)";

  /**
   * Opens a closed workspace in a fresh JVM and exports it at once: what a person waits for when
   * they open the app and export first thing.
   */
  @FunctionalInterface
  public interface FreshJvm {
    FirstExport openAndExport(Path workspace) throws IOException;
  }

  /** What the fresh JVM measured: its export's rows per second and its own peak heap. */
  public record FirstExport(double rowsPerSecond, long peakHeapMb) {}

  private final int observations;
  private final Consumer<String> log;
  private final Executor helpers;
  private final FreshJvm freshJvm;

  /**
   * @param log hears what the bench is doing, one line per step
   * @param helpers runs what goes on beside a measurement (heap sampling, an export's reading); it
   *     needs at least three threads at once
   * @param freshJvm runs the first export in a new JVM
   */
  public Bench(int observations, Consumer<String> log, Executor helpers, FreshJvm freshJvm) {
    if (observations < SyntheticStudy.OBSERVATIONS_PER_INTERVIEW) {
      throw new IllegalArgumentException(
          "At least " + SyntheticStudy.OBSERVATIONS_PER_INTERVIEW + " observations are needed");
    }
    this.observations = observations;
    this.log = log;
    this.helpers = helpers;
    this.freshJvm = freshJvm;
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

  /**
   * The first half of {@link FreshJvm}, run inside the fresh JVM: opens the workspace, exports
   * every study into a file in {@code scratch} (deleted again) and returns its speed and the heap
   * this JVM needed.
   */
  public static FirstExport openAndExport(Path workspace, Path scratch, Executor helpers)
      throws IOException {
    try (HeapWatch heap = new HeapWatch(helpers)) {
      double rate;
      try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
        ReportResult report =
            new ReportWriter(session, helpers).write(null, scratch.resolve("first-export.xlsx"));
        Files.deleteIfExists(report.file());
        rate = report.observationsPerSecond();
      }
      return new FirstExport(rate, heap.peakMb());
    }
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
    try (WorkspaceSession session = WorkspaceSession.create(workspace)) {
      log.accept("Importing through the importer");
      long started = System.nanoTime();
      ImportSummary imported =
          new ObservationImporter(session)
              .importObservations(csv, "Bench study", false, ImportProgress.NONE);
      importRate = perSecond(imported.rows(), System.nanoTime() - started);

      log.accept("Adding notes and transcripts to " + study.interviews() + " interviews");
      addInterviewTexts(session, study);
    }
    double fileMbPer1000 =
        Files.size(WorkspaceSession.fileOf(workspace)) / 1e6 / (observations / 1000.0);

    log.accept("Loading the CSV with CSVREAD");
    long started = System.nanoTime();
    long loaded = StorageBaseline.csvRead(folder, csv, SyntheticStudy.COLUMNS);
    double csvreadRate = perSecond(loaded, System.nanoTime() - started);

    OptionalDouble peerRate = peer(folder, csv);

    log.accept("Opening the workspace in a fresh JVM and exporting at once");
    FirstExport first = freshJvm.openAndExport(workspace);

    log.accept("Opening the workspace");
    started = System.nanoTime();
    double exportRate;
    double[] searchMs;
    long buildMs;
    long openMs;
    long backupMs;
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      session.observations().rows(ObservationFilter.ALL, 0, 100);
      openMs = (System.nanoTime() - started) / 1_000_000;

      log.accept("Backing the workspace up (BACKUP TO)");
      started = System.nanoTime();
      session.backups().backupNow();
      backupMs = (System.nanoTime() - started) / 1_000_000;

      log.accept("Exporting the report once, then " + TIMED_EXPORTS + " more times");
      export(session, folder);
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

    log.accept(
        "Saving notes "
            + NOTE_SAVES
            + " times over "
            + EDITED_INTERVIEWS
            + " interviews with transcripts");
    double growth = growthAfterEdits(folder.resolve("edits"), study);

    Arrays.sort(searchMs);
    return new BenchResult(
        observations,
        importRate,
        csvreadRate,
        first.rowsPerSecond(),
        exportRate,
        percentile(searchMs, 50),
        percentile(searchMs, 95),
        buildMs,
        openMs,
        Math.max(heap.peakMb(), first.peakHeapMb()),
        HeapWatch.maxMb(),
        growth,
        fileMbPer1000,
        backupMs,
        peerRate);
  }

  private OptionalDouble peer(Path folder, Path csv) throws IOException {
    Optional<String> python = PeerXlsxwriter.python(folder);
    if (python.isEmpty()) {
      log.accept(PEER_SKIPPED);
      return OptionalDouble.empty();
    }
    log.accept("Writing the same rows with Python's xlsxwriter (constant memory)");
    return PeerXlsxwriter.rowsPerSecond(python.get(), folder, csv);
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

  /**
   * A workspace of {@link #EDITED_INTERVIEWS} interviews with notes and transcripts, closed; then
   * {@link #NOTE_SAVES} saves of their notes, a sentence added each time as a person adds to notes
   * over days, and closed again as the app closes it (no compaction of its own). Returns the size
   * after divided by the size before.
   */
  static double growthAfterEdits(Path workspace, SyntheticStudy study) throws IOException {
    List<Long> ids = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (WorkspaceSession session = WorkspaceSession.create(workspace)) {
      Study edited = session.studies().create(Study.titled("Edited study"));
      for (int i = 0; i < EDITED_INTERVIEWS; i++) {
        String text = study.notes(i);
        Interview interview =
            session
                .interviews()
                .create(
                    new Interview(
                        0,
                        edited.id(),
                        SyntheticStudy.interviewTitle(i),
                        LocalDate.of(2025, 1, 6).plusDays(i),
                        null,
                        null,
                        null,
                        text,
                        study.transcript(i),
                        null),
                    List.of());
        ids.add(interview.id());
        notes.add(text);
      }
    }
    Path file = WorkspaceSession.fileOf(workspace);
    long before = Files.size(file);
    Prose added = new Prose(SEED ^ 0xed17L);
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      for (int save = 0; save < NOTE_SAVES; save++) {
        int i = save % EDITED_INTERVIEWS;
        notes.set(i, notes.get(i) + " " + added.sentence(6, 18));
        session.interviews().saveText(ids.get(i), InterviewField.NOTES, notes.get(i));
      }
    }
    return (double) Files.size(file) / before;
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
