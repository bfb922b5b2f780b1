package com.outsidein.cli;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import com.outsidein.domain.WorkspaceUnavailableException;
import java.io.PrintWriter;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command line. Failures become one clear line per problem on stderr and the exit codes of
 * ARCHITECTURE.md; details go to the log, never a stack trace to the terminal.
 */
public final class Cli {

  private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

  private Cli() {}

  /**
   * @param helpers the threads a command needs beside its own (an export's reading, the bench's
   *     heap sampling); made and shut down by the caller
   */
  public static int run(
      String[] args, AppLauncher launcher, Executor helpers, PrintWriter out, PrintWriter err) {
    CommandLine commandLine =
        new CommandLine(new RootCommand(launcher), new CommandFactory(helpers));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine.execute(args);
  }

  private static String passwordHint(WorkspaceUnavailableException e) {
    return switch (e.reason()) {
      case PASSWORD_REQUIRED ->
          " Put it in the environment variable " + WorkspacePassword.VARIABLE + ".";
      case WRONG_PASSWORD -> " Check the environment variable " + WorkspacePassword.VARIABLE + ".";
      default -> "";
    };
  }

  /** Hands the helper threads to the commands that need them. */
  private record CommandFactory(Executor helpers) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ExportCommand.class) {
        return type.cast(new ExportCommand(helpers));
      }
      if (type == BenchCommand.class) {
        return type.cast(new BenchCommand(helpers));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  private static final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
      PrintWriter err = commandLine.getErr();
      int code;
      if (e instanceof WorkspaceUnavailableException unavailable) {
        err.println("outsidein: " + unavailable.getMessage() + passwordHint(unavailable));
        code =
            unavailable.reason() == WorkspaceUnavailableException.Reason.ALREADY_EXISTS
                ? ExitCode.BAD_INPUT
                : ExitCode.WORKSPACE_UNAVAILABLE;
        LOG.info("Workspace unavailable: {}", unavailable.reason(), e);
      } else if (e instanceof BadInputException bad) {
        for (Problem problem : bad.problems()) {
          err.println("outsidein: " + problem);
        }
        if (bad.total() > bad.problems().size()) {
          err.println(
              "outsidein: … and " + (bad.total() - bad.problems().size()) + " more problems");
        }
        code = ExitCode.BAD_INPUT;
      } else {
        LOG.error("The command {} failed", commandLine.getCommandName(), e);
        err.println(
            "outsidein: the command failed unexpectedly ("
                + e.getClass().getSimpleName()
                + "). Details are in the log file.");
        code = ExitCode.BAD_INPUT;
      }
      err.flush();
      return code;
    }
  }
}
