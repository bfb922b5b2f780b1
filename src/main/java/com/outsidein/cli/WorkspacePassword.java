package com.outsidein.cli;

/**
 * An encrypted workspace's password on the command line comes from the environment variable {@value
 * #VARIABLE}, never from an argument (arguments show in process lists and shell history).
 */
final class WorkspacePassword {

  static final String VARIABLE = "OUTSIDEIN_PASSWORD";

  private WorkspacePassword() {}

  /** The password, or null when the variable is not set. */
  static char[] fromEnvironment() {
    String value = System.getenv(VARIABLE);
    return value == null || value.isEmpty() ? null : value.toCharArray();
  }
}
