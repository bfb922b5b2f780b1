package com.outsidein.exchange.report;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.ReportCanvas;
import com.outsidein.domain.ReportCode;
import com.outsidein.domain.ReportCounts;
import com.outsidein.domain.ReportInsight;
import com.outsidein.domain.ReportInterview;
import com.outsidein.domain.StudySummary;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Excel report of one study or of every study: Summary (with a real bar chart),
 * Interviews, Observations, Codebook, Code × Segment, Code × Journey stage, Say–Do, Insights, one
 * sheet per canvas, and People.
 *
 * <p>The large sheets are streamed, so 100,000 observations export in bounded memory; streamed rows
 * wait on disk in temp files encrypted with a throw-away key (never text in the clear) and are
 * always disposed. The workbook is written to a hidden temp file beside the target and moved into
 * place only when complete: a cancelled or failed export leaves nothing at the target.
 */
public final class ReportWriter {

  private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);

  /** How many streamed rows stay in memory per sheet. */
  private static final int ROW_WINDOW = 200;

  private final WorkspaceSession session;
  private final Executor helpers;

  /**
   * @param helpers runs the reading that goes on beside the writing (the other sheets' queries, the
   *     next page of observations); it needs two threads to overlap them
   */
  public ReportWriter(WorkspaceSession session, Executor helpers) {
    this.session = session;
    this.helpers = helpers;
  }

  /** Writes the report without progress or a way to cancel. */
  public ReportResult write(Long studyId, Path target) throws IOException {
    return write(studyId, target, ExportProgress.NONE, () -> false);
  }

  /**
   * Writes the report of the study (null: every study) to {@code target}, replacing a file there.
   *
   * @throws BadInputException when the target cannot be a file (missing folder, a folder itself)
   * @throws ReportCancelledException when {@code cancelled} turned true; nothing is left behind
   * @throws IOException when writing failed; nothing is left behind
   */
  public ReportResult write(
      Long studyId, Path target, ExportProgress progress, BooleanSupplier cancelled)
      throws IOException {
    long started = System.nanoTime();
    Path file = target.toAbsolutePath().normalize();
    checkTarget(file);
    Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
    boolean done = false;
    try {
      Written written = writeWorkbook(studyId, temp, progress, cancelled);
      move(temp, file);
      done = true;
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      LOG.info(
          "Exported {} observations ({} sheets) in {} ms",
          written.observations(),
          written.sheets().size(),
          elapsed.toMillis());
      return new ReportResult(
          file, written.sheets(), written.observations(), written.withheld(), elapsed);
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private record Written(List<String> sheets, long observations, long withheld) {}

  private Written writeWorkbook(
      Long studyId, Path temp, ExportProgress progress, BooleanSupplier cancelled)
      throws IOException {
    var reports = session.reports();
    List<ReportCanvas> canvases = reports.canvases(studyId);
    int observationCount = reports.observationCount(studyId);
    long weight = Math.max(1, observationCount / 50);
    Steps steps = new Steps(progress, cancelled, observationCount + (8 + canvases.size()) * weight);
    SheetsInOrder sheets = new SheetsInOrder(steps, weight);

    try (SheetSources sources = new SheetSources(session, studyId, helpers)) {
      XSSFWorkbook xssf = new XSSFWorkbook();
      SXSSFWorkbook workbook = null;
      try {
        Styles styles = new Styles(xssf, LocalDate.now());
        // A chart does not survive streaming, so the summary is a plain sheet made before
        // streaming starts; it is filled in last, from what the other sheets hold.
        String summaryName = sheets.claim(ReportSheets.SUMMARY);
        XSSFSheet summary = xssf.createSheet(summaryName);
        workbook = new EncryptedTempWorkbook(xssf, ROW_WINDOW);
        sheets.streamInto(workbook, styles);

        // The interviews are filled once their query is in, after the observations.
        SheetWriter interviewSheet = sheets.make(ReportSheets.INTERVIEWS);
        SheetWriter observationSheet = sheets.make(ReportSheets.OBSERVATIONS);
        steps.sheet(observationSheet.name());
        ObservationsSheet.Written observations =
            ObservationsSheet.write(observationSheet, reports, studyId, helpers, steps);
        RowIndex observationRows = observations.rows();

        List<ReportInterview> interviews = sources.interviews();
        sheets.fill(interviewSheet, out -> InterviewsSheet.write(out, interviews));
        List<ReportCode> codes = sources.codes();
        sheets.fill(ReportSheets.CODEBOOK, out -> CodebookSheet.write(out, codes));
        sheets.fill(
            ReportSheets.CODE_BY_SEGMENT, out -> MatrixSheet.write(out, sources.bySegment()));
        sheets.fill(
            ReportSheets.CODE_BY_JOURNEY_STAGE,
            out -> MatrixSheet.write(out, sources.byJourneyStage()));
        sheets.fill(ReportSheets.SAY_DO, out -> SayDoSheet.write(out, sources.sayDo()));
        List<ReportInsight> insightList = sources.insights();
        SheetWriter insightSheet = sheets.make(ReportSheets.INSIGHTS);
        Map<Long, Integer> insights =
            sheets.fillAndReturn(
                insightSheet,
                out ->
                    InsightsSheet.write(
                        out, insightList, observationRows, observationSheet.name()));
        for (ReportCanvas canvas : canvases) {
          sheets.fill(
              ReportText.get("canvas.sheet", canvas.canvas().title()),
              out ->
                  CanvasSheet.write(
                      out,
                      canvas,
                      observationRows,
                      insights,
                      observationSheet.name(),
                      insightSheet.name()));
        }
        List<PersonSummary> people = sources.people();
        Map<Long, Integer> insightsByPerson = sources.insightsByPerson();
        sheets.fill(ReportSheets.PEOPLE, out -> PeopleSheet.write(out, people, insightsByPerson));

        steps.sheet(summaryName);
        ReportCounts counts =
            ReportCounts.of(
                interviews.size(),
                observationRows.size(),
                people,
                codes,
                insightList.size(),
                canvases.size(),
                observations.withheldQuotes());
        List<StudySummary> studies = sources.studies();
        SummarySheet.write(
            summary, styles, title(studies, studyId), subtitle(), studies, counts, codes);

        steps.check();
        workbook.setActiveSheet(0);
        try (OutputStream stream =
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          workbook.writeAvoidingTempFiles(stream);
        }
        steps.finish();
        return new Written(sheets.names(), observationRows.size(), counts.withheldQuotes());
      } finally {
        if (workbook != null) {
          if (!workbook.dispose()) {
            LOG.warn("Some temporary files of the export could not be deleted");
          }
          workbook.close();
        } else {
          xssf.close();
        }
      }
    }
  }

  private static String title(List<StudySummary> studies, Long studyId) {
    return studyId == null || studies.isEmpty()
        ? ReportText.get("title.all")
        : ReportText.get("title.study", studies.get(0).study().title());
  }

  private String subtitle() {
    return ReportText.get(
        "subtitle",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        session.name());
  }

  private static void checkTarget(Path file) {
    Path folder = file.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new BadInputException(
          file.toString(),
          "the folder " + folder + " does not exist, so the report cannot go there");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file.toString(), "is a folder; give the name of the report file");
    }
    if (!Files.isWritable(folder)) {
      throw new BadInputException(
          file.toString(), "the folder " + folder + " cannot be written to");
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A streaming workbook whose temp files hold the sheet data encrypted, never in the clear. */
  private static final class EncryptedTempWorkbook extends SXSSFWorkbook {

    EncryptedTempWorkbook(XSSFWorkbook template, int window) {
      super(template, window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new EncryptedSheetDataWriter();
    }

    /** Compresses for speed: a large report zips in a fraction of the time, a little bigger. */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }
}
