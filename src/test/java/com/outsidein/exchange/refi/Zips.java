package com.outsidein.exchange.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes zips by hand, the way other tools (or an attacker) might. */
final class Zips {

  static final String NS = "urn:QDA-XML:project:1.0";

  private Zips() {}

  static Path of(Path file, Map<String, String> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A project file around {@code body}, in the project namespace. */
  static String project(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\""
        + NS
        + "\" name=\"Other tool\">\n"
        + body
        + "\n</Project>\n";
  }
}
