package com.outsidein.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err, List<Path> launched) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<Path> launched = new ArrayList<>();
    ExecutorService helpers = Executors.newCachedThreadPool();
    int code;
    try {
      code = Cli.run(args, launched::add, helpers, new PrintWriter(out), new PrintWriter(err));
    } finally {
      helpers.shutdown();
    }
    return new CliRun(code, out.toString(), err.toString(), launched);
  }
}
