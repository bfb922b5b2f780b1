package com.outsidein.exchange.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The files of {@code sample-data/}, read from the class path so they travel inside the jar. */
final class SampleFiles {

  private static final String ROOT = "/sample-data/";

  private SampleFiles() {}

  static Reader reader(String name) {
    return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
  }

  static InputStream stream(String name) {
    InputStream in = SampleFiles.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("The sample file " + name + " is missing from the build");
    }
    return in;
  }

  static String text(String name) {
    try (InputStream in = stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
