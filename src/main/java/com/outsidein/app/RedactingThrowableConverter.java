package com.outsidein.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.regex.Pattern;

/**
 * Writes exceptions to the log with every quoted literal blanked out. Database errors quote the
 * values they failed on (a title, a note); the log must never hold a workspace's text.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

  private static final Pattern SINGLE_QUOTED = Pattern.compile("'(?:[^'\\n]|'')*'");

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return redact(super.throwableProxyToString(proxy));
  }

  static String redact(String text) {
    return SINGLE_QUOTED.matcher(text).replaceAll("'…'");
  }
}
