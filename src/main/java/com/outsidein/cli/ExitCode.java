package com.outsidein.cli;

/** The exit statuses of ARCHITECTURE.md. */
public final class ExitCode {

  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;
  public static final int WORKSPACE_UNAVAILABLE = 3;

  private ExitCode() {}
}
