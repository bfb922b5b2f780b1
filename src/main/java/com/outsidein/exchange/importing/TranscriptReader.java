package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.ExchangeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads a transcript file as readable text: plain text (.txt), subtitles (.vtt, .srt) as one line
 * per cue with its start time and speaker ("[00:01:02] Anna: …"), or a Word document (.docx)
 * paragraph by paragraph. A file whose bytes are not UTF-8 text is refused.
 */
public final class TranscriptReader {

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** The transcript's text, lines ending in \n. */
  public String read(Path file) {
    String name = TableFiles.nameOf(file);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(name, ExchangeText.get("problem.noSuchFile"));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".txt")) {
        return normalise(TextBytes.readAll(file));
      }
      if (lower.endsWith(".vtt")) {
        return Subtitles.fromVtt(name, normalise(TextBytes.readAll(file)));
      }
      if (lower.endsWith(".srt")) {
        return Subtitles.fromSrt(name, normalise(TextBytes.readAll(file)));
      }
      if (lower.endsWith(".docx")) {
        return docx(file, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new BadInputException(name, ExchangeText.get("problem.notATranscript"));
  }

  private static String normalise(String text) {
    String unix = text.replace("\r\n", "\n").replace('\r', '\n');
    return unix.startsWith("\uFEFF") ? unix.substring(1) : unix;
  }

  private static String docx(Path file, String name) throws IOException {
    if (Files.size(file) == 0) {
      throw new BadInputException(name, ExchangeText.get("problem.empty"));
    }
    try (InputStream head = Files.newInputStream(file)) {
      if (!java.util.Arrays.equals(head.readNBytes(4), ZIP_MAGIC)) {
        throw new BadInputException(name, ExchangeText.get("problem.notDocx"));
      }
    }
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument document = new XWPFDocument(in)) {
      StringBuilder text = new StringBuilder();
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        text.append(paragraph.getText()).append('\n');
      }
      return normalise(text.toString()).strip() + "\n";
    } catch (NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException e) {
      throw new BadInputException(name, ExchangeText.get("problem.notDocx"));
    } catch (IOException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        throw new BadInputException(name, ExchangeText.get("problem.docxZipBomb"));
      }
      throw new BadInputException(name, ExchangeText.get("problem.docxUnreadable", message));
    }
  }
}
