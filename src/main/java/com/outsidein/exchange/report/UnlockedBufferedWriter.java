package com.outsidein.exchange.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer without the lock {@link java.io.BufferedWriter} takes on every call. One thread
 * writes a sheet's rows, and POI writes each cell in a dozen small pieces: at a hundred thousand
 * rows the locking alone took over a second.
 */
final class UnlockedBufferedWriter extends Writer {

  private static final int SIZE = 32 * 1024;

  private final Writer out;
  private final char[] buffer = new char[SIZE];
  private int used;
  private boolean closed;

  UnlockedBufferedWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (used == SIZE) {
      flushBuffer();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int from = offset;
    int left = length;
    while (left > 0) {
      if (used == SIZE) {
        flushBuffer();
      }
      int n = Math.min(left, SIZE - used);
      text.getChars(from, from + n, buffer, used);
      used += n;
      from += n;
      left -= n;
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length >= SIZE) {
      flushBuffer();
      out.write(chars, offset, length);
      return;
    }
    if (length > SIZE - used) {
      flushBuffer();
    }
    System.arraycopy(chars, offset, buffer, used, length);
    used += length;
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flushBuffer();
    } finally {
      out.close();
    }
  }

  private void flushBuffer() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }
}
