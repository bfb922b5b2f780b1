package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A {@code .qdpx} zip opened with care: an entry whose path leaves the zip ({@code ../}, an
 * absolute path) refuses the whole file, and every entry is read through a count of the bytes it
 * really inflates to, so a zip bomb stops at a bound (per entry, in all, and against its compressed
 * size) whatever its headers claim. Finds the project file under any name when it is the only
 * {@code .qde}.
 */
final class QdpxArchive implements AutoCloseable {

  static final long MAX_ENTRY = 256L << 20;
  static final long MAX_TOTAL = 1L << 30;
  static final int MAX_RATIO = 200;
  static final long RATIO_FROM = 1L << 20;
  static final int MAX_ENTRIES = 100_000;

  private final String fileName;
  private final ZipFile zip;
  private final Map<String, ZipEntry> byName = new HashMap<>();
  private final Map<String, ZipEntry> byLowerName = new HashMap<>();
  private final ZipEntry project;
  private long inflated;

  QdpxArchive(Path file, String fileName) {
    this.fileName = fileName;
    try {
      this.zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new BadInputException(fileName, "is not a REFI-QDA project (.qdpx is a zip file)");
    } catch (IOException e) {
      throw new BadInputException(fileName, "cannot be read: " + e.getMessage());
    }
    try {
      List<ZipEntry> projects = new ArrayList<>();
      ZipEntry named = null;
      int count = 0;
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (++count > MAX_ENTRIES) {
          throw refuse("holds more than " + MAX_ENTRIES + " entries");
        }
        String name = entry.getName();
        if (escapes(name)) {
          throw refuse("the entry \"" + name + "\" points outside the zip");
        }
        byName.put(name, entry);
        byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
        if (!entry.isDirectory() && name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
          projects.add(entry);
          if (name.equals(Qda.PROJECT_FILE)) {
            named = entry;
          }
        }
      }
      if (named != null) {
        project = named;
      } else if (projects.size() == 1) {
        project = projects.get(0);
      } else if (projects.isEmpty()) {
        throw refuse("holds no project file (project.qde)");
      } else {
        throw refuse(
            "holds several .qde files and none is called project.qde, so which is the project is"
                + " not clear");
      }
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  String fileName() {
    return fileName;
  }

  /** The name of the project file inside the zip. */
  String projectName() {
    return project.getName();
  }

  InputStream projectFile() throws IOException {
    return bounded(project);
  }

  /**
   * The bytes of a source entry by its path inside the zip: as named, else under {@code sources/}
   * or {@code Sources/} (any case), else null.
   */
  byte[] source(String path) throws IOException {
    ZipEntry entry = byName.get(path);
    if (entry == null) {
      entry = byLowerName.get(("sources/" + path).toLowerCase(Locale.ROOT));
    }
    if (entry == null) {
      entry = byLowerName.get(path.toLowerCase(Locale.ROOT));
    }
    if (entry == null || entry.isDirectory()) {
      return null;
    }
    try (InputStream in = bounded(entry)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static boolean escapes(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private InputStream bounded(ZipEntry entry) throws IOException {
    return new Bounded(zip.getInputStream(entry), entry);
  }

  private BadInputException refuse(String what) {
    return new BadInputException(fileName, what);
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      zip.close();
    } catch (IOException e) {
      // Nothing was written through it; a failed close loses nothing.
    }
  }

  /** Counts what an entry inflates to and stops at the bounds. */
  private final class Bounded extends InputStream {
    private final InputStream in;
    private final ZipEntry entry;
    private long read;

    Bounded(InputStream in, ZipEntry entry) {
      this.in = in;
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
        inflated += n;
        check();
      }
      return n;
    }

    private void check() {
      long compressed = Math.max(entry.getCompressedSize(), 1);
      if (read > MAX_ENTRY
          || inflated > MAX_TOTAL
          || (read > RATIO_FROM && read / compressed > MAX_RATIO)) {
        throw new BadInputException(
            fileName,
            "the entry \""
                + entry.getName()
                + "\" inflates to far more than it holds (a zip bomb?): refused");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
