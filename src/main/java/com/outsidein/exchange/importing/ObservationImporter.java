package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.ObservationImport;
import com.outsidein.exchange.ExchangeText;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an observation file (CSV or XLSX, the format of ARCHITECTURE.md) into a workspace: reads
 * and checks every row first, then writes all of it in one transaction as one import batch. A file
 * imported before (same SHA-256) is refused unless {@code again}.
 */
public final class ObservationImporter {

  private static final Logger LOG = LoggerFactory.getLogger(ObservationImporter.class);

  private final WorkspaceSession session;
  private final ObservationFileReader reader = new ObservationFileReader();

  public ObservationImporter(WorkspaceSession session) {
    this.session = session;
  }

  /**
   * Imports the file into the study with this title (created when missing).
   *
   * @throws BadInputException listing every problem when the file breaks a rule; nothing written
   * @throws com.outsidein.domain.AlreadyImportedException when the same file was imported before
   *     and {@code again} is false
   * @throws com.outsidein.domain.ImportCancelledException when cancelled; nothing written
   */
  public ImportSummary importObservations(
      Path file, String studyName, boolean again, ImportProgress progress) {
    long started = System.nanoTime();
    String sha256 = hash(file);
    if (!again && !session.imports().earlierImports(sha256).isEmpty()) {
      throw new com.outsidein.domain.AlreadyImportedException(
          TableFiles.nameOf(file), session.imports().earlierImports(sha256));
    }
    ObservationImport parsed = reader.read(file, sha256, progress);
    ImportSummary summary = importChecked(parsed, studyName, again, progress);
    LOG.info(
        "Imported {} observations in {} ms",
        summary.rows(),
        (System.nanoTime() - started) / 1_000_000);
    return summary;
  }

  /**
   * Reads and checks a whole file without a workspace, so a command can refuse a bad file before it
   * creates anything.
   */
  public static ObservationImport check(Path file, ImportProgress progress) {
    return new ObservationFileReader().read(file, hash(file), progress);
  }

  /** Writes a file already read and checked by {@link #check}. */
  public ImportSummary importChecked(
      ObservationImport parsed, String studyName, boolean again, ImportProgress progress) {
    return session.imports().importObservations(parsed, studyName, again, progress);
  }

  /** The file's header and first rows, for a preview before importing. */
  public ImportPreview preview(Path file, int rows) {
    return reader.preview(file, rows);
  }

  static String hash(Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new BadInputException(TableFiles.nameOf(file), ExchangeText.get("problem.noSuchFile"));
    }
    try {
      return FileHash.sha256(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(TableFiles.nameOf(file), ExchangeText.get("problem.noSuchFile"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
