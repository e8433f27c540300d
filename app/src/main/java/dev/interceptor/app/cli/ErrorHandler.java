package dev.interceptor.app.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import dev.interceptor.core.port.out.ExportException;
import dev.interceptor.core.port.out.ImportException;
import dev.interceptor.core.port.out.StoreException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code; the stack trace follows only with
 * {@code --debug}. This is the command line's top-level catch.
 */
final class ErrorHandler
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  private final CliPrinter printer;

  ErrorHandler(CliPrinter printer) {
    this.printer = printer;
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    String command = failure.getCommandLine().getCommandSpec().qualifiedName();
    printer.error(ParseErrors.describe(failure) + " (see '" + command + " --help')");

    if (Arrays.asList(args).contains("--debug")) {
      printer.stackTrace(failure);
    }
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    report(failure, debugRequested(parseResult));
    return exitCode(unwrap(failure)).code();
  }

  /** Reports a failure that happened outside picocli, such as building the injector. */
  int report(Exception failure, boolean debug) {
    Throwable cause = unwrap(failure);
    printer.error(message(cause));

    if (debug) {
      printer.stackTrace(failure);
    }
    return exitCode(cause).code();
  }

  static ExitCode exitCode(Throwable failure) {
    if (failure instanceof CliFailure cliFailure) {
      return cliFailure.exitCode();
    }
    if (failure instanceof IllegalArgumentException || failure instanceof ImportException) {
      return ExitCode.USAGE;
    }
    if (failure instanceof StoreException) {
      return ExitCode.STORE;
    }
    if (failure instanceof ExportException || failure instanceof UncheckedIOException) {
      return ExitCode.OUTPUT;
    }
    return ExitCode.FAILURE;
  }

  private static String message(Throwable failure) {
    if (failure instanceof ConfigurationException missing) {
      return "this build cannot run the command: " + firstGuiceMessage(missing.getErrorMessages());
    }
    if (failure instanceof CreationException broken) {
      return "this build cannot start: " + firstGuiceMessage(broken.getErrorMessages());
    }
    if (exitCode(failure) == ExitCode.FAILURE) {
      return "unexpected "
          + failure.getClass().getSimpleName()
          + ": "
          + firstLine(failure.getMessage())
          + " (rerun with --debug for details)";
    }
    return firstLine(failure.getMessage());
  }

  // Guice and picocli wrap what a constructor or command threw; the user needs the original.
  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while (isWrapper(current) && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isWrapper(Throwable failure) {
    return failure instanceof ProvisionException
        || failure instanceof CommandLine.ExecutionException
        || failure instanceof CommandLine.InitializationException;
  }

  private static String firstGuiceMessage(Collection<Message> messages) {
    return messages.stream().findFirst().map(m -> firstLine(m.getMessage())).orElse("no details");
  }

  static String firstLine(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return "no details";
    }
    String trimmed = text.strip();
    int end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.substring(0, end).strip();
  }

  /** True when {@code --debug} was given on any command of the parsed line. */
  static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
