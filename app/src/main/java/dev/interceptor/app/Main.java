package dev.interceptor.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.interceptor.adapter.nativemessaging.EarlyHello;
import dev.interceptor.adapter.nativemessaging.FrameSpool;
import dev.interceptor.adapter.nativemessaging.HostHandover;
import dev.interceptor.adapter.nativemessaging.HostStreams;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.adapter.nativemessaging.SettingsMirror;
import dev.interceptor.adapter.nativemessaging.StandardStreams;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.app.cli.CommandLines;
import dev.interceptor.app.cli.ExitCode;
import dev.interceptor.app.cli.GuiceCommandFactory;
import dev.interceptor.app.cli.HostConnection;
import dev.interceptor.app.cli.HostLaunch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code interceptor} command: the command line, and the native messaging host when a browser
 * starts it.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    CliPrinter printer = CliPrinter.standard(env);
    DataDirectory dataDirectory =
        DataDirectory.resolve(
            EarlyOptions.value(List.of(args), DataDirectory.OPTION).orElse(null),
            env,
            System.getProperty("os.name", ""),
            Path.of(System.getProperty("user.home", ".")));

    System.exit(run(List.of(args), env, dataDirectory, printer));
  }

  /** Runs one command line and returns its exit code. */
  static int run(
      List<String> rawArgs,
      Map<String, String> env,
      DataDirectory dataDirectory,
      CliPrinter printer) {
    if (isBrowserStart(rawArgs)) {
      return runHost(rawArgs, env, dataDirectory, printer);
    }

    // A browser's launch arguments are not ours: route them to the host before strict parsing.
    boolean hostMode = HostLaunch.isHostMode(rawArgs);
    List<String> args = hostMode ? HostLaunch.asHostCommand(rawArgs) : rawArgs;

    Optional<String> badDataDirectory = dataDirectoryProblem(rawArgs, dataDirectory);
    if (badDataDirectory.isPresent()) {
      printer.error(badDataDirectory.get());
      return ExitCode.USAGE.code();
    }

    Logging.configure(LogSettings.from(args, env), dataDirectory);
    LogSettings.unreadableVariable(env).ifPresent(printer::note);
    log().debug("starting in {} mode", hostMode ? "host" : "command line");

    // The command line's top-level catch: picocli reports what happens inside a command itself.
    Injector injector;
    try {
      injector = createInjector(dataDirectory, printer);
    } catch (Exception e) {
      return CommandLines.reportStartupFailure(printer, e, args.contains("--debug"));
    }

    try (StoreHandle store = injector.getInstance(StoreHandle.class)) {
      return CommandLines.run(new GuiceCommandFactory(injector), printer, args);
    } catch (Exception e) {
      // Closing the store failed after the command's own outcome: report it as a store error.
      return CommandLines.reportStartupFailure(printer, e, args.contains("--debug"));
    }
  }

  /**
   * What is wrong with the data directory this run was given, before anything uses it: an empty
   * {@code --data-dir} (which would silently mean the default), or a path that is a file.
   */
  static Optional<String> dataDirectoryProblem(List<String> rawArgs, DataDirectory dataDirectory) {
    Optional<String> given = EarlyOptions.value(rawArgs, DataDirectory.OPTION);
    if (given.isPresent() && given.get().isBlank()) {
      return Optional.of(DataDirectory.OPTION + " needs the path of a folder");
    }
    Path path = dataDirectory.path();
    if (Files.exists(path) && !Files.isDirectory(path)) {
      return Optional.of(
          "the data directory "
              + path
              + " is a file, not a folder: give --data-dir (or INTERCEPTOR_HOME) a folder, or"
              + " move the file");
    }
    return Optional.empty();
  }

  /**
   * True when a browser started the process as its host: the browser's arguments come first, or
   * follow {@code host} alone (as the installed launcher passes them). {@code host} with options of
   * ours, such as {@code --help}, goes through the command line.
   */
  static boolean isBrowserStart(List<String> rawArgs) {
    if (!HostLaunch.isHostMode(rawArgs)) {
      return false;
    }
    if (!rawArgs.get(0).equals(HostLaunch.HOST_COMMAND)) {
      return true;
    }
    List<String> rest = rawArgs.subList(1, rawArgs.size());
    return LaunchArguments.isBrowserLaunch(rest)
        && rest.stream().allMatch(a -> !a.startsWith("-") || a.startsWith("--parent-window="));
  }

  /**
   * The host as a browser starts it. It answers {@code hello} first, from the settings mirror, and
   * only then configures logging and builds the injector: the browser waits for {@code welcome},
   * and the rest takes many times longer. Nothing before {@link EarlyHello} may log.
   */
  private static int runHost(
      List<String> rawArgs,
      Map<String, String> env,
      DataDirectory dataDirectory,
      CliPrinter printer) {
    // Before anything else: from here on stdout carries frames only.
    HostStreams streams = StandardStreams.takeOver();
    boolean typed = rawArgs.get(0).equals(HostLaunch.HOST_COMMAND);
    LaunchArguments launch =
        LaunchArguments.parse(typed ? rawArgs.subList(1, rawArgs.size()) : rawArgs);
    SettingsMirror mirror = SettingsMirror.in(dataDirectory.path());
    FrameSpool spool = FrameSpool.in(dataDirectory.path());
    HostHandover handover =
        EarlyHello.answer(streams, launch, mirror, spool, HostConnection.version());

    List<String> args = HostLaunch.asHostCommand(rawArgs);
    boolean debug = args.contains("--debug");
    Logging.configure(LogSettings.from(args, env), dataDirectory);
    log().debug("starting in host mode, welcome sent early: {}", handover.welcomed());

    Injector injector;
    try {
      injector = createHostInjector(dataDirectory);
    } catch (Exception e) {
      return CommandLines.reportStartupFailure(printer, e, debug);
    }
    try (StoreHandle store = injector.getInstance(StoreHandle.class)) {
      return HostConnection.serve(injector, launch, handover);
    } catch (Exception e) {
      return CommandLines.reportStartupFailure(printer, e, debug);
    }
  }

  private static Logger log() {
    return LoggerFactory.getLogger(Main.class);
  }

  /**
   * The one injector. Stage.DEVELOPMENT makes singletons when first used, so a command builds only
   * the adapters it needs.
   */
  static Injector createInjector(DataDirectory dataDirectory, CliPrinter printer) {
    return Guice.createInjector(Stage.DEVELOPMENT, InterceptorModules.all(dataDirectory, printer));
  }

  /** The injector of a host a browser started: the host's modules only. */
  static Injector createHostInjector(DataDirectory dataDirectory) {
    return Guice.createInjector(Stage.DEVELOPMENT, InterceptorModules.host(dataDirectory));
  }
}
