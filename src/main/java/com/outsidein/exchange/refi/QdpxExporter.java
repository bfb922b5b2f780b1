package com.outsidein.exchange.refi;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.ExchangeCase;
import com.outsidein.domain.ExportedObservation;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.ReleasedInterview;
import com.outsidein.domain.ReportInsight;
import com.outsidein.domain.Study;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.ExchangeService;
import com.outsidein.service.ReportService;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a study (or every study) as a REFI-QDA project: a {@code .qdpx} zip holding {@code
 * project.qde} and the texts under {@code sources/}. Streams: one interview is in memory at a time.
 * The texts go into the zip first, then the project file (whose sources and notes read each
 * interview again); a text that changed in between fails the export rather than leave selections
 * pointing at the wrong words. Written to a temp file beside the target, moved in place when whole.
 */
public final class QdpxExporter {

  private final ExchangeService exchange;
  private final ReportService reports;

  public QdpxExporter(ExchangeService exchange, ReportService reports) {
    this.exchange = exchange;
    this.reports = reports;
  }

  /**
   * Exports the study (null: every study) to {@code file}, replacing it.
   *
   * @throws com.outsidein.domain.ImportCancelledException when cancelled; nothing is left behind
   */
  public ProjectExportResult export(Long studyId, Path file, ImportProgress progress)
      throws IOException {
    long started = System.nanoTime();
    Path temp = TempFiles.beside(file);
    try {
      ProjectExportResult result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp));
          ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        result = write(studyId, zip, progress, file);
      }
      TempFiles.moveInPlace(temp, file);
      return new ProjectExportResult(
          file,
          result.users(),
          result.codes(),
          result.cases(),
          result.sources(),
          result.selections(),
          result.codings(),
          result.notes(),
          result.observations(),
          result.heldBack(),
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private ProjectExportResult write(
      Long studyId, ZipOutputStream zip, ImportProgress progress, Path file) throws IOException {
    Guids guids = new Guids(exchange.guidSeed());
    List<Long> interviews = exchange.interviewIds(studyId);
    long total = 3L * interviews.size() + 2;
    long done = 0;
    progress.update(done, total);
    List<String> heldBack = new ArrayList<>();
    Map<String, byte[]> digests = new HashMap<>();
    for (long id : interviews) {
      progress.checkCancelled();
      ReleasedInterview released = exchange.interview(id);
      for (InterviewField field : InterviewField.values()) {
        if (released.heldBack(field)) {
          heldBack.add(heldBackLine(released, field));
          continue;
        }
        byte[] bytes =
            PlainText.lf(released.interview().text(field)).getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(Qda.SOURCES + SourceXml.fileName(guids, id, field)));
        zip.write(bytes);
        zip.closeEntry();
        digests.put(id + "/" + field, sha256(bytes));
      }
      if (released.passagesWithheld() > 0) {
        heldBack.add(
            String.format(
                "Interview \"%s\": %d highlighted passage(s) withheld (speaker does not allow"
                    + " quotes)",
                released.interview().title(), released.passagesWithheld()));
      }
      progress.update(++done, total);
    }
    zip.putNextEntry(new ZipEntry(Qda.PROJECT_FILE));
    Counts counts = new Counts();
    int observations;
    try (XmlOut xml = new XmlOut(new KeepOpen(zip), Qda.PROJECT_NS)) {
      observations =
          project(xml, studyId, file, guids, interviews, digests, counts, progress, done, total);
      xml.finish();
    }
    zip.closeEntry();
    progress.update(total, total);
    return new ProjectExportResult(
        file,
        counts.users,
        counts.codes,
        counts.cases,
        counts.sources,
        counts.selections,
        counts.codings,
        counts.notes,
        observations,
        heldBack,
        Duration.ZERO);
  }

  private int project(
      XmlOut xml,
      Long studyId,
      Path file,
      Guids guids,
      List<Long> interviews,
      Map<String, byte[]> digests,
      Counts counts,
      ImportProgress progress,
      long done,
      long total) {
    List<Study> studies = exchange.studies(studyId);
    String name =
        studyId != null && !studies.isEmpty()
            ? studies.get(0).title()
            : file.getFileName().toString().replaceFirst("(?i)\\.qdpx$", "");
    xml.root("Project")
        .attr("name", name)
        .attr("origin", Qda.ORIGIN)
        .attr(
            "creationDateTime",
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
    List<TeamMember> team = exchange.team();
    if (!team.isEmpty()) {
      xml.start("Users");
      for (TeamMember member : team) {
        xml.start("User").attr("guid", guids.user(member.id())).attr("name", member.name()).end();
        counts.users++;
      }
      xml.end();
    }
    CodeTree tree = exchange.codes();
    List<Code> codes = tree.depthFirst();
    counts.codes = codes.size();
    if (!codes.isEmpty()) {
      xml.start("CodeBook");
      CodebookXml.write(xml, tree, guids, true);
      xml.end();
    }
    VariableXml.declare(xml, guids);
    List<ExchangeCase> cases = exchange.cases(studyId);
    Set<Long> caseIds = new HashSet<>();
    cases.forEach(c -> caseIds.add(c.personId()));
    CaseXml.write(xml, guids, cases, exchange.spokenSelections(studyId), counts);
    Set<Long> codeIds = new HashSet<>();
    codes.forEach(c -> codeIds.add(c.id()));
    SourceXml sources = new SourceXml(xml, guids, codeIds, counts);
    if (!interviews.isEmpty()) {
      xml.start("Sources");
      for (long id : interviews) {
        progress.checkCancelled();
        ReleasedInterview released = exchange.interview(id);
        checkUnchanged(released, digests);
        sources.write(released);
        progress.update(++done, total);
      }
      xml.end();
    }
    NoteXml notes = new NoteXml(xml, guids, sources, caseIds, counts);
    for (Code code : codes) {
      if (CodebookXml.hasMemo(code)) {
        notes.codeMemo(code);
      }
    }
    int observations = 0;
    for (long id : interviews) {
      progress.checkCancelled();
      for (ExportedObservation o : exchange.interview(id).observations()) {
        notes.observation(o);
        observations++;
      }
      progress.update(++done, total);
    }
    for (ExportedObservation o : exchange.withoutInterview(studyId)) {
      notes.observation(o);
      observations++;
    }
    progress.checkCancelled();
    for (ReportInsight insight : reports.insights(studyId)) {
      notes.insight(insight);
    }
    notes.finish();
    xml.end();
    return observations;
  }

  private static void checkUnchanged(ReleasedInterview released, Map<String, byte[]> digests) {
    for (InterviewField field : InterviewField.values()) {
      byte[] before = digests.get(released.interview().id() + "/" + field);
      if (released.heldBack(field) != (before == null)
          || (before != null
              && !Arrays.equals(
                  before,
                  sha256(
                      PlainText.lf(released.interview().text(field))
                          .getBytes(StandardCharsets.UTF_8))))) {
        throw new ExchangeWriteException(
            new IllegalStateException(
                "the interview \""
                    + released.interview().title()
                    + "\" changed while it was exported; export again"));
      }
    }
  }

  private static String heldBackLine(ReleasedInterview released, InterviewField field) {
    return String.format(
        "Interview \"%s\": %s held back (%s)",
        released.interview().title(),
        SourceXml.fieldName(field),
        field == InterviewField.NOTES
            ? "not every participant allows notes"
            : "not every participant allows notes and quotes");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lets the XML writer close without closing the zip under it. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
