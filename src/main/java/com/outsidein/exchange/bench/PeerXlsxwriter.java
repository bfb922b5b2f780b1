package com.outsidein.exchange.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's peer: Python's xlsxwriter (constant-memory mode) writing the same observation rows,
 * by the script {@code bench/peer_xlsxwriter.py} that travels in the jar. Runs only where a Python
 * 3 with xlsxwriter is found: {@code python3} on the path, else the system's own.
 */
final class PeerXlsxwriter {

  private static final String SCRIPT = "/bench/peer_xlsxwriter.py";
  private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");
  private static final Pattern RATE = Pattern.compile("rowsPerSec=([0-9.]+)");
  private static final long TIMEOUT_MINUTES = 10;

  private PeerXlsxwriter() {}

  /** A Python 3 that can import xlsxwriter, if there is one. */
  static Optional<String> python(Path folder) {
    for (String python : PYTHONS) {
      try {
        if (run(folder, List.of(python, "-c", "import xlsxwriter"), "probe").exit() == 0) {
          return Optional.of(python);
        }
      } catch (IOException e) {
        // Not there: try the next.
      }
    }
    return Optional.empty();
  }

  /** Writes the CSV's rows with xlsxwriter and returns its rows per second. */
  static OptionalDouble rowsPerSecond(String python, Path folder, Path csv) throws IOException {
    Path script = folder.resolve("peer_xlsxwriter.py");
    try (InputStream in = PeerXlsxwriter.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException("The peer script " + SCRIPT + " is not in the jar");
      }
      Files.copy(in, script);
    }
    Path out = folder.resolve("peer.xlsx");
    try {
      Ran ran =
          run(folder, List.of(python, script.toString(), csv.toString(), out.toString()), "peer");
      Matcher rate = RATE.matcher(ran.output());
      if (ran.exit() != 0 || !rate.find()) {
        throw new IOException("The peer script failed: " + ran.output().strip());
      }
      return OptionalDouble.of(Double.parseDouble(rate.group(1)));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(script);
    }
  }

  private record Ran(int exit, String output) {}

  /** Runs a command with its output in a file (no thread needed to read it). */
  private static Ran run(Path folder, List<String> command, String name) throws IOException {
    Path output = folder.resolve(name + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " took longer than " + TIMEOUT_MINUTES + " minutes");
      }
      return new Ran(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while the peer ran", e);
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
