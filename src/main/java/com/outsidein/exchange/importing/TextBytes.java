package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.ExchangeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text files as OutsideIn reads them: UTF-8 with or without a byte order mark, strictly (bytes that
 * are not UTF-8 are an error, never replaced), and never a binary file (one with NUL bytes or other
 * control characters anywhere in it). Text in another encoding, such as UTF-16, is named as such.
 */
final class TextBytes {

  private static final int SNIFF = 64 * 1024;

  private TextBytes() {}

  /**
   * Refuses a file that is empty, in another encoding than UTF-8 (named), or binary in its first 64
   * KB; {@link #open} refuses binary data further on.
   */
  static void checkText(Path file) throws IOException {
    String name = TableFiles.nameOf(file);
    if (Files.size(file) == 0) {
      throw new BadInputException(name, ExchangeText.get("problem.empty"));
    }
    byte[] head = new byte[SNIFF];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, SNIFF);
    }
    var encoding = OtherEncoding.of(head, read);
    if (encoding.isPresent()) {
      throw new BadInputException(name, ExchangeText.get("problem.otherEncoding", encoding.get()));
    }
    for (int i = 0; i < read; i++) {
      if (head[i] == 0) {
        throw new BadInputException(name, ExchangeText.get("problem.binary"));
      }
    }
  }

  /**
   * A strict UTF-8 reader over the file, past its byte order mark if it has one, that refuses
   * characters that are not text wherever they stand.
   */
  static Reader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    byte[] bom = new byte[3];
    int read = in.readNBytes(bom, 0, 3);
    InputStream rest = in;
    if (!(read == 3
        && (bom[0] & 0xff) == 0xEF
        && (bom[1] & 0xff) == 0xBB
        && (bom[2] & 0xff) == 0xBF)) {
      in.close();
      rest = Files.newInputStream(file);
    }
    return new TextOnlyReader(
        new InputStreamReader(rest, strictDecoder()), TableFiles.nameOf(file));
  }

  /** The whole file as text. */
  static String readAll(Path file) throws IOException {
    checkText(file);
    try (Reader reader = open(file)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(file);
    }
  }

  static BadInputException notUtf8(Path file) {
    return new BadInputException(TableFiles.nameOf(file), ExchangeText.get("problem.notUtf8"));
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
