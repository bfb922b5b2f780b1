package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ThrowableProxy;
import org.junit.jupiter.api.Test;

class RedactingThrowableConverterTest {

  @Test
  void quotedValuesInDatabaseErrorsNeverReachTheLog() {
    var failure =
        new IllegalStateException(
            "Unique index violation: PUBLIC.STUDY(TITLE) VALUES ( /* 1 */ 'Priya''s secret note' )",
            new RuntimeException("Check failed for 'another secret'"));
    RedactingThrowableConverter converter = new RedactingThrowableConverter();
    converter.start();

    String logged = converter.throwableProxyToString(new ThrowableProxy(failure));

    assertThat(logged).doesNotContain("secret").contains("Unique index violation").contains("'…'");
    assertThat(logged).contains("at com.outsidein.app.RedactingThrowableConverterTest");
  }
}
