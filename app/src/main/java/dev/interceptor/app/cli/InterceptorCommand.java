package dev.interceptor.app.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code interceptor} command. Its options apply to every subcommand.
 *
 * <p>{@code --debug}, {@code --log-level} and {@code --data-dir} are declared so that picocli
 * accepts and validates them anywhere and lists them in help; they take effect before any command
 * runs (logging and the data directory come from the raw arguments, errors are reported from the
 * parse result), so no command reads these fields.
 */
@Command(
    name = "interceptor",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Captures a browser's API traffic and cookies into a local store that you can browse,"
          + " export and replay.",
      ""
    },
    subcommands = {
      StatusCommand.class,
      CaptureCommand.class,
      CookiesCommand.class,
      HistoryCommand.class,
      HostCommand.class,
      ExtensionCommand.class,
      ImportCommand.class,
      DbCommand.class,
      SimulateCommand.class,
      CollectionsCommand.class,
      ReplayCommand.class,
      SendCommand.class,
      WatchCommand.class,
      InstallCommand.class,
      UninstallCommand.class,
      DoctorCommand.class
    },
    footerHeading = "%nExample:%n",
    footer = {"  interceptor capture on && interceptor status"})
public final class InterceptorCommand {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  @Option(
      names = "--log-level",
      scope = ScopeType.INHERIT,
      paramLabel = "LEVEL",
      description = {
        "Log level: error, warn, info, debug or trace (also INTERCEPTOR_LOG_LEVEL).",
        "Logs go to stderr and to interceptor.log in the data directory, never to stdout."
      })
  LogLevel logLevel = LogLevel.INFO;

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = {
        "The directory of the store and the log (also INTERCEPTOR_HOME); default: the platform's"
            + " per-user data directory."
      })
  @Nullable String dataDir;
}
