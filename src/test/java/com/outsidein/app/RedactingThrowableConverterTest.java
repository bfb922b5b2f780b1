package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ThrowableProxy;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RedactingThrowableConverterTest {

  private static String logged(Throwable failure) {
    RedactingThrowableConverter converter = new RedactingThrowableConverter();
    converter.start();
    return converter.throwableProxyToString(new ThrowableProxy(failure));
  }

  @Test
  void aValueThatADatabaseErrorShortenedAndLeftUnclosedNeverReachesTheLog() {
    var failure =
        new IllegalStateException(
            "SQL [insert into \"STUDY\" (\"TITLE\") values (?)]; Value too long",
            new SQLException(
                "Value too long for column \"TITLE CHARACTER VARYING(300)\": \"'Priya secret"
                    + " no...",
                "22001",
                22001));

    String logged = logged(failure);

    assertThat(logged).doesNotContain("secret").doesNotContain("Priya");
    assertThat(logged)
        .contains("java.lang.IllegalStateException")
        .contains("java.sql.SQLException")
        .contains("SQL state 22001, error 22001")
        .contains("at com.outsidein.app.RedactingThrowableConverterTest");
  }

  @Test
  void quotedValuesInAnyOtherMessageAreWithheldToo() {
    String logged =
        logged(
            new RuntimeException(
                "Check failed for 'another secret'",
                new IllegalArgumentException("secret without quotes")));

    assertThat(logged).doesNotContain("secret").contains("message withheld");
  }

  @Test
  void messagesThatOnlyNameFilesAreKept() {
    Path file = Path.of("work.mv.db");
    String logged =
        logged(
            new WorkspaceUnavailableException(
                Reason.DISK_FULL,
                file,
                "The disk that holds work.mv.db is full.",
                new NoSuchFileException("missing.csv")));

    assertThat(logged).contains("The disk that holds work.mv.db is full.").contains("missing.csv");
  }
}
