package com.outsidein.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** Facts about this build of OutsideIn. */
public final class AppInfo {

  private static final String THIRD_PARTY_NOTICE = "/META-INF/THIRD-PARTY.txt";
  private static final String VERSION = readVersion();

  private AppInfo() {}

  /** The version the build wrote into {@code version.properties}. */
  public static String version() {
    return VERSION;
  }

  /**
   * The third-party notice the build writes into the jar ({@code META-INF/THIRD-PARTY.txt}): every
   * bundled library, its licence, and the licence and notice texts. Empty when this build has none.
   */
  public static Optional<String> thirdPartyNotice() {
    try (InputStream in = AppInfo.class.getResourceAsStream(THIRD_PARTY_NOTICE)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
