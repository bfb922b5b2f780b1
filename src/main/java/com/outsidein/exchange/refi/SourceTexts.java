package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a source or note: its {@code PlainTextContent}, else the UTF-8 file its {@code
 * plainTextPath} names ({@code internal://} inside the zip, under {@code sources/} or {@code
 * Sources/}; {@code relative://} against the project's {@code basePath} or the zip's folder; {@code
 * absolute://}), else the words of the {@code .docx} its {@code richTextPath} names.
 */
final class SourceTexts {

  private final QdpxArchive archive;
  private final Path folder;
  private final String basePath;

  SourceTexts(QdpxArchive archive, Path folder, String basePath) {
    this.archive = archive;
    this.folder = folder;
    this.basePath = basePath;
  }

  String of(TextParts.Text parts) {
    if (parts.content != null) {
      return parts.content;
    }
    if (parts.plainTextPath != null && !parts.plainTextPath.isBlank()) {
      return utf8(bytes(parts, parts.plainTextPath), parts);
    }
    if (parts.richTextPath != null && !parts.richTextPath.isBlank()) {
      return docx(bytes(parts, parts.richTextPath), parts);
    }
    return "";
  }

  private byte[] bytes(TextParts.Text parts, String path) {
    try {
      byte[] found = null;
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.startsWith(Qda.INTERNAL)) {
        found = archive.source(path.substring(Qda.INTERNAL.length()));
      } else if (lower.startsWith(Qda.RELATIVE)) {
        String relative = path.substring(Qda.RELATIVE.length());
        found = archive.source(relative);
        if (found == null) {
          found = file(base().resolve(relative));
        }
      } else if (lower.startsWith("absolute://")) {
        found = file(Path.of(path.substring("absolute://".length())));
      } else {
        found = archive.source(path);
      }
      if (found == null) {
        throw new BadInputException(
            parts.where.toString(), "its text \"" + path + "\" is not in the project or beside it");
      }
      return found;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new BadInputException(
          parts.where.toString(), "its text \"" + path + "\" cannot be read: " + e.getMessage());
    }
  }

  private Path base() {
    if (basePath != null && !basePath.isBlank()) {
      String b = basePath.replaceFirst("^(?i)file://", "");
      return Path.of(b);
    }
    return folder;
  }

  private static byte[] file(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    if (Files.size(file) > QdpxArchive.MAX_ENTRY) {
      throw new IOException("larger than " + (QdpxArchive.MAX_ENTRY >> 20) + " MB");
    }
    return Files.readAllBytes(file);
  }

  private static String utf8(byte[] bytes, TextParts.Text parts) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new BadInputException(parts.where.toString(), "its text file is not UTF-8");
    }
  }

  private static String docx(byte[] bytes, TextParts.Text parts) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      return words.getText();
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          parts.where.toString(), "its rich text is not a .docx document that can be read");
    }
  }
}
