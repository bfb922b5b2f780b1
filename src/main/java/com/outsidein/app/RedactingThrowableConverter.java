package com.outsidein.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Writes exceptions to the log keeping only what cannot be a workspace's text: class names, stack
 * frames, SQL states and error codes, and the messages of exceptions that only ever name files.
 * Every other message is withheld whole: a database error quotes the value it failed on, shortened
 * and without its closing quote, so no pattern of quotes can find every value.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return super.throwableProxyToString(RedactedThrowable.of(proxy));
  }
}
