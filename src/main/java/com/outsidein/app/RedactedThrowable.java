package com.outsidein.app;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import com.outsidein.domain.WorkspaceUnavailableException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/** A logged exception as the log may hold it: its message kept only when it cannot hold text. */
final class RedactedThrowable implements IThrowableProxy {

  private final IThrowableProxy original;
  private final String message;

  private RedactedThrowable(IThrowableProxy original) {
    this.original = original;
    this.message = safeMessage(original);
  }

  static IThrowableProxy of(IThrowableProxy proxy) {
    return proxy == null ? null : new RedactedThrowable(proxy);
  }

  private static String safeMessage(IThrowableProxy proxy) {
    String text = proxy.getMessage();
    if (text == null) {
      return null;
    }
    Throwable thrown = proxy instanceof ThrowableProxy tp ? tp.getThrowable() : null;
    // File system failures name paths and the operating system's reason; our own unavailable
    // workspace names its file. Neither takes a value from the workspace.
    if (thrown instanceof IOException || thrown instanceof WorkspaceUnavailableException) {
      return text;
    }
    String codes =
        thrown instanceof SQLException sql
            ? String.format(
                Locale.ROOT, "SQL state %s, error %d; ", sql.getSQLState(), sql.getErrorCode())
            : "";
    return "[" + codes + "message withheld, " + text.length() + " characters]";
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public String getOverridingMessage() {
    return original.getOverridingMessage() == null ? null : message;
  }

  @Override
  public String getClassName() {
    return original.getClassName();
  }

  @Override
  public StackTraceElementProxy[] getStackTraceElementProxyArray() {
    return original.getStackTraceElementProxyArray();
  }

  @Override
  public int getCommonFrames() {
    return original.getCommonFrames();
  }

  @Override
  public IThrowableProxy getCause() {
    return of(original.getCause());
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    IThrowableProxy[] suppressed = original.getSuppressed();
    return suppressed == null
        ? null
        : Arrays.stream(suppressed).map(RedactedThrowable::of).toArray(IThrowableProxy[]::new);
  }

  @Override
  public boolean isCyclic() {
    return original.isCyclic();
  }
}
