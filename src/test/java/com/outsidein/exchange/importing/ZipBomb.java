package com.outsidein.exchange.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a zip bomb of a real Office file: a copy with 40 MB of spaces put into one XML part, which
 * compresses to a few kilobytes.
 */
final class ZipBomb {

  private static final int MEGABYTE = 1 << 20;
  private static final int PADDING_MB = 40;

  private ZipBomb() {}

  /**
   * Copies {@code real} to {@code bomb}, padding the part named {@code part} just before the first
   * {@code marker} in its XML.
   */
  static void of(Path real, Path bomb, String part, String marker) throws IOException {
    try (ZipFile in = new ZipFile(real.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        byte[] content = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(part)) {
          writePadded(zip, new String(content, StandardCharsets.UTF_8), marker);
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
  }

  private static void writePadded(ZipOutputStream zip, String xml, String marker)
      throws IOException {
    int at = xml.indexOf(marker);
    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
    byte[] spaces = new byte[MEGABYTE];
    Arrays.fill(spaces, (byte) ' ');
    for (int i = 0; i < PADDING_MB; i++) {
      zip.write(spaces);
    }
    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
  }
}
