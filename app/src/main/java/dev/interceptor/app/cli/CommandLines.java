package dev.interceptor.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.PicocliException;

/** Builds the {@code interceptor} command line: the command tree, its output and its errors. */
public final class CommandLines {

  private CommandLines() {}

  /**
   * Parses and runs one command line and returns its exit code. Every failure ends as one line on
   * stderr; picocli would print the stack trace of a command that cannot be created.
   */
  public static int run(CommandLine.IFactory factory, CliPrinter printer, List<String> args) {
    ErrorHandler errors = new ErrorHandler(printer);
    CommandLine cli = create(factory, printer, errors);
    String[] argv = args.toArray(new String[0]);

    ParseResult parsed;
    try {
      parsed = cli.parseArgs(argv);
    } catch (ParameterException e) {
      return errors.handleParseException(e, argv);
    } catch (PicocliException e) {
      return errors.report(e, args.contains("--debug"));
    }

    try {
      // The factory is the injector in production, so this is the run's one StoreCreation.
      factory.create(StoreCreation.class).decideFor(parsed);
      return cli.getExecutionStrategy().execute(parsed);
    } catch (ParameterException e) {
      return errors.handleParseException(e, argv);
    } catch (ExecutionException e) {
      return errors.handleExecutionException(e, e.getCommandLine(), parsed);
    } catch (Exception e) {
      return errors.report(e, args.contains("--debug"));
    }
  }

  /** The command tree, printing through {@code printer}, creating commands with {@code factory}. */
  static CommandLine create(CommandLine.IFactory factory, CliPrinter printer, ErrorHandler errors) {
    CommandLine cli = new CommandLine(InterceptorCommand.class, factory);

    cli.setOut(printer.out());
    cli.setErr(printer.err());
    cli.setColorScheme(Help.defaultColorScheme(printer.color() ? Help.Ansi.ON : Help.Ansi.OFF));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // '@FILE' is a value of ours (send --data-binary @FILE), not a picocli argument file.
    cli.setExpandAtFiles(false);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    cli.setUsageHelpWidth(100);
    addExitCodes(cli);
    return cli;
  }

  /** Reports a failure that happened before the command line existed, and returns its code. */
  public static int reportStartupFailure(CliPrinter printer, Exception failure, boolean debug) {
    return new ErrorHandler(printer).report(failure, debug);
  }

  private static void addExitCodes(CommandLine cli) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(String.format("%3d", code.code()), code.meaning());
    }
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    for (CommandLine sub : cli.getSubcommands().values()) {
      addExitCodes(sub);
    }
  }
}
