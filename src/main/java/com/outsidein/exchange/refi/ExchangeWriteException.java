package com.outsidein.exchange.refi;

/** Writing an exchange file failed below the XML (a full disk, a closed stream). */
public final class ExchangeWriteException extends RuntimeException {

  ExchangeWriteException(Exception cause) {
    super(cause.getMessage(), cause);
  }
}
