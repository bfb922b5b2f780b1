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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  public ReportWriter(WorkspaceSession session) {
    this.session = session;
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
    SheetNames names = new SheetNames();
    List<String> sheets = new ArrayList<>();

    try (SheetSources sources = new SheetSources(session, studyId)) {
      XSSFWorkbook xssf = new XSSFWorkbook();
      SXSSFWorkbook workbook = null;
      try {
        Styles styles = new Styles(xssf);
        // A chart does not survive streaming, so the summary is a plain sheet made before
        // streaming starts; it is filled in last, from what the other sheets hold.
        String summary = claim(names, sheets, ReportSheets.SUMMARY);
        XSSFSheet summarySheet = xssf.createSheet(summary);
        workbook = new EncryptedTempWorkbook(xssf, ROW_WINDOW);

        // Streamed sheets fill in any order; the interviews wait for their query.
        String interviewSheet = claim(names, sheets, ReportSheets.INTERVIEWS);
        SheetWriter interviewRows = sheet(workbook, styles, interviewSheet);

        String observationSheet = claim(names, sheets, ReportSheets.OBSERVATIONS);
        steps.sheet(observationSheet);
        ObservationsSheet.Written observations =
            ObservationsSheet.write(
                sheet(workbook, styles, observationSheet), reports, studyId, steps);
        RowIndex observationRows = observations.rows();

        steps.sheet(interviewSheet);
        List<ReportInterview> interviews = sources.interviews();
        InterviewsSheet.write(interviewRows, interviews);
        steps.advance(weight);

        String codebook = claim(names, sheets, ReportSheets.CODEBOOK);
        steps.sheet(codebook);
        List<ReportCode> codes = sources.codes();
        CodebookSheet.write(sheet(workbook, styles, codebook), codes);
        steps.advance(weight);

        String bySegment = claim(names, sheets, ReportSheets.CODE_BY_SEGMENT);
        steps.sheet(bySegment);
        MatrixSheet.write(sheet(workbook, styles, bySegment), sources.bySegment());
        steps.advance(weight);

        String byStage = claim(names, sheets, ReportSheets.CODE_BY_JOURNEY_STAGE);
        steps.sheet(byStage);
        MatrixSheet.write(sheet(workbook, styles, byStage), sources.byJourneyStage());
        steps.advance(weight);

        String sayDo = claim(names, sheets, ReportSheets.SAY_DO);
        steps.sheet(sayDo);
        SayDoSheet.write(sheet(workbook, styles, sayDo), sources.sayDo());
        steps.advance(weight);

        String insightSheet = claim(names, sheets, ReportSheets.INSIGHTS);
        steps.sheet(insightSheet);
        List<ReportInsight> insightList = sources.insights();
        Map<Long, Integer> insights =
            InsightsSheet.write(
                sheet(workbook, styles, insightSheet),
                insightList,
                observationRows,
                observationSheet);
        steps.advance(weight);

        for (ReportCanvas canvas : canvases) {
          String name =
              claim(names, sheets, ReportText.get("canvas.sheet", canvas.canvas().title()));
          steps.sheet(name);
          CanvasSheet.write(
              sheet(workbook, styles, name),
              canvas,
              observationRows,
              insights,
              observationSheet,
              insightSheet);
          steps.advance(weight);
        }

        String peopleSheet = claim(names, sheets, ReportSheets.PEOPLE);
        steps.sheet(peopleSheet);
        List<PersonSummary> people = sources.people();
        PeopleSheet.write(sheet(workbook, styles, peopleSheet), people);
        steps.advance(weight);

        steps.sheet(summary);
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
            summarySheet, styles, title(studies, studyId), subtitle(), studies, counts, codes);

        steps.check();
        workbook.setActiveSheet(0);
        try (OutputStream stream =
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          workbook.writeAvoidingTempFiles(stream);
        }
        steps.finish();
        return new Written(sheets, observationRows.size(), counts.withheldQuotes());
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

  private static SheetWriter sheet(SXSSFWorkbook workbook, Styles styles, String name) {
    return new SheetWriter(workbook.createSheet(name), styles);
  }

  private static String claim(SheetNames names, List<String> sheets, String wanted) {
    String name = names.claim(wanted);
    sheets.add(name);
    return name;
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
