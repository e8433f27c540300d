package dev.interceptor.app;

import dev.interceptor.app.cli.LogLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The log level chosen for this run, read from the raw arguments before any parsing so that logging
 * is set up before anything can log. {@code --log-level} wins over {@code INTERCEPTOR_LOG_LEVEL};
 * {@code explicit} says whether either was given. Unreadable values are ignored here: picocli
 * reports a bad option, and a bad variable leaves the default, with {@link #unreadableVariable}'s
 * warning.
 */
record LogSettings(LogLevel level, boolean explicit) {

  static final String ENV = "INTERCEPTOR_LOG_LEVEL";
  static final LogSettings DEFAULT = new LogSettings(LogLevel.INFO, false);

  private static final String OPTION = "--log-level";

  static LogSettings from(List<String> args, Map<String, String> env) {
    Optional<LogLevel> fromArgs = EarlyOptions.value(args, OPTION).flatMap(LogLevel::parse);
    if (fromArgs.isPresent()) {
      return new LogSettings(fromArgs.get(), true);
    }
    return Optional.ofNullable(env.get(ENV))
        .flatMap(LogLevel::parse)
        .map(level -> new LogSettings(level, true))
        .orElse(DEFAULT);
  }

  /**
   * A warning when {@code INTERCEPTOR_LOG_LEVEL} is set to something that is not a level, which
   * leaves the default: a typo there would otherwise go unnoticed.
   */
  static Optional<String> unreadableVariable(Map<String, String> env) {
    String value = env.get(ENV);
    if (value == null || LogLevel.parse(value).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "warning: "
            + ENV
            + "='"
            + value
            + "' is not a log level (error, warn, info, debug or trace): the default is used");
  }

  /** The level of stderr: what was asked for, or warnings and errors only. */
  LogLevel stderrLevel() {
    return explicit ? level : LogLevel.WARN;
  }
}
