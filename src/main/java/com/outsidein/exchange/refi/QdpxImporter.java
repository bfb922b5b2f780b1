package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.QdaImportSummary;
import com.outsidein.domain.QdaProject;
import com.outsidein.service.ExchangeService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Imports REFI-QDA files: a project ({@code .qdpx}) into a study, a codebook ({@code .qdc}) into
 * the codebook. The whole file is read and checked before anything is written, and then written in
 * one transaction as one import batch: a file that breaks a rule is refused whole, naming the file
 * and the element, and the workspace is left as it was.
 */
public final class QdpxImporter {

  private final ExchangeService exchange;

  public QdpxImporter(ExchangeService exchange) {
    this.exchange = exchange;
  }

  /** Reads and checks a project without a workspace. */
  public static QdaProject checkProject(Path file, ImportProgress progress) {
    String name = nameOf(file);
    String sha256 = sha256(file, name);
    progress.checkCancelled();
    try (QdpxArchive archive = new QdpxArchive(file, name)) {
      ProjectReader read;
      try (InputStream in = archive.projectFile()) {
        read = new ProjectReader(in, name, archive.projectName()).read();
      }
      progress.checkCancelled();
      Path folder = file.toAbsolutePath().getParent();
      return new ProjectResolver(read, new SourceTexts(archive, folder, read.basePath))
          .resolve(name, sha256);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads and checks a codebook without a workspace. */
  public static QdaProject checkCodebook(Path file) {
    String name = nameOf(file);
    String sha256 = sha256(file, name);
    try (InputStream in = Files.newInputStream(file)) {
      return new CodebookReader(in, name).read(sha256);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read: " + e.getMessage());
    }
  }

  public QdaImportSummary importProject(
      Path file, String study, boolean again, ImportProgress progress) {
    return exchange.importProject(checkProject(file, progress), study, again, progress);
  }

  public QdaImportSummary importCodebook(Path file, boolean again, ImportProgress progress) {
    return exchange.importCodebook(checkCodebook(file), again, progress);
  }

  private static String nameOf(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private static String sha256(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(name, "there is no such file");
    }
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
