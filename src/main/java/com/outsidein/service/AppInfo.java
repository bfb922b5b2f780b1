package com.outsidein.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of OutsideIn. */
public final class AppInfo {

  private static final String VERSION = readVersion();

  private AppInfo() {}

  /** The version the build wrote into {@code version.properties}. */
  public static String version() {
    return VERSION;
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
