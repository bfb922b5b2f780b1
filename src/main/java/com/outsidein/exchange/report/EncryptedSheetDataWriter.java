package com.outsidein.exchange.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Keeps a streamed sheet's rows on disk encrypted with a key that lives only in memory, so no temp
 * file ever holds the workspace's text in the clear.
 *
 * <p>Unlike POI's own encrypting writer it reads and writes the temp file in large blocks, buffers
 * without locking, and escapes text a run of plain characters at a time where POI writes it a
 * character at a time: the Observations sheet of a large study is over a hundred megabytes of XML,
 * and those were most of the time it took to export. The escaping is POI's: the five XML specials
 * and line breaks and tabs as entities, and characters XML cannot hold as a question mark.
 */
final class EncryptedSheetDataWriter extends SheetDataWriter {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CIPHER = "AES/CTR/NoPadding";
  private static final int BLOCK = 64 * 1024;

  private SecretKeySpec key;
  private IvParameterSpec iv;

  EncryptedSheetDataWriter() throws IOException {
    super();
  }

  /**
   * POI's own writer is a {@link java.io.BufferedWriter}, which locks on every call; this method is
   * the only way to give the sheet another (POI means to make it protected, not to remove it).
   */
  @Override
  @SuppressWarnings("deprecation")
  public Writer createWriter(File file) throws IOException {
    FileOutputStream out = new FileOutputStream(file);
    try {
      return new UnlockedBufferedWriter(
          new OutputStreamWriter(decorateOutputStream(out), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  @Override
  protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
    // Called from the super constructor, before this class's fields are initialised.
    byte[] keyBytes = new byte[16];
    byte[] ivBytes = new byte[16];
    RANDOM.nextBytes(keyBytes);
    RANDOM.nextBytes(ivBytes);
    key = new SecretKeySpec(keyBytes, "AES");
    iv = new IvParameterSpec(ivBytes);
    return new CipherOutputStream(
        new BufferedOutputStream(file, BLOCK), cipher(Cipher.ENCRYPT_MODE));
  }

  @Override
  protected InputStream decorateInputStream(FileInputStream file) throws IOException {
    return new BufferedInputStream(
        new CipherInputStream(new BufferedInputStream(file, BLOCK), cipher(Cipher.DECRYPT_MODE)),
        BLOCK);
  }

  @Override
  protected void outputEscapedString(String text) throws IOException {
    if (text == null) {
      return;
    }
    int plainFrom = 0;
    for (int i = 0; i < text.length(); i++) {
      String escaped = escaped(text.charAt(i));
      if (escaped != null) {
        _out.write(text, plainFrom, i - plainFrom);
        _out.write(escaped);
        plainFrom = i + 1;
      }
    }
    _out.write(text, plainFrom, text.length() - plainFrom);
  }

  /** How a character is written in cell text; null when it is written as it is. */
  static String escaped(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\n' -> "&#xa;";
      case '\r' -> "&#xd;";
      case '\t' -> "&#x9;";
      case '\u00A0' -> "&#xa0;";
      default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
    };
  }

  private Cipher cipher(int mode) throws IOException {
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(mode, key, iv);
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IOException("The temp files of the export cannot be encrypted", e);
    }
  }
}
