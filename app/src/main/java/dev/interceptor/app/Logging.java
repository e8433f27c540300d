package dev.interceptor.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import dev.interceptor.app.cli.LogLevel;
import dev.interceptor.core.port.out.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The one logging set-up: SLF4J through logback to stderr and to a log file in the data directory,
 * never to stdout, because in host mode stdout carries protocol frames only. Until {@link
 * #configure} runs, {@link LogbackConfigurator} keeps logging on stderr.
 */
final class Logging {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Logging.class);

  private static final String FILE_APPENDER = "file";

  private Logging() {}

  /**
   * Sets the chosen levels, and adds the log file when the data directory exists. A run that
   * creates the directory adds the file then, with {@link #addLogFile}: a command that only reads
   * must not create the directory for its log.
   */
  static void configure(LogSettings settings, DataDirectory dataDirectory) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    root.setLevel(level(settings.level()));
    root.addAppender(LogAppenders.stderr(context, settings.stderrLevel()));

    if (Files.isDirectory(dataDirectory.path())) {
      addLogFile(dataDirectory);
    }
  }

  /** Adds the log file in the data directory, once; a file that cannot be opened is skipped. */
  static synchronized void addLogFile(DataDirectory dataDirectory) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender(FILE_APPENDER) != null) {
      return;
    }

    Optional<Path> file = logFile(dataDirectory);
    if (file.isEmpty()) {
      LOG.warn("cannot create {}: logging to stderr only", dataDirectory.path());
      return;
    }
    root.addAppender(fileAppender(context, file.get()));
  }

  private static Optional<Path> logFile(DataDirectory dataDirectory) {
    // Created owner-only, as the store's directory and files are: the log names the user's sites.
    try {
      dev.interceptor.adapter.storage.DataDirectory.prepare(dataDirectory.path());
      return Optional.of(
          dev.interceptor.adapter.storage.DataDirectory.prepareFile(dataDirectory.logFile()));
    } catch (StoreException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
    // Every host a browser starts appends to the same file, so each line names its process.
    String pattern =
        "%d{ISO8601} [" + ProcessHandle.current().pid() + "] %-5level %logger{36}: %msg%n";

    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName(FILE_APPENDER);
    appender.setFile(file.toString());
    appender.setAppend(true);
    appender.setEncoder(LogAppenders.encoder(context, pattern));
    appender.start();
    return appender;
  }

  private static Level level(LogLevel level) {
    return Level.toLevel(level.name(), Level.INFO);
  }
}
