package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.ExchangeText;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Passes text through and refuses, wherever in the file it stands, a character that text never
 * holds: a control character other than tab, line and page breaks (a NUL byte above all). The
 * problem names the line, so a file that is binary past its first part is refused, not imported.
 */
final class TextOnlyReader extends FilterReader {

  private final String file;
  private int line = 1;

  TextOnlyReader(Reader in, String file) {
    super(in);
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      check((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      check(buffer[i]);
    }
    return n;
  }

  private void check(char c) {
    if (c == '\n') {
      line++;
    } else if (isNotText(c)) {
      throw new BadInputException(
          ExchangeText.get("where.line", file, line),
          ExchangeText.get("problem.notTextByte", String.format(Locale.ROOT, "%02X", (int) c)));
    }
  }

  /** Control characters, except tab, line feed, vertical tab, form feed and carriage return. */
  static boolean isNotText(char c) {
    return (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7F;
  }
}
