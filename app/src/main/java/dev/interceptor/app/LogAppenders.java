package dev.interceptor.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.ConsoleTarget;
import dev.interceptor.app.cli.LogLevel;

/** The logback pieces both logging set-ups share. */
final class LogAppenders {

  private static final String STDERR_PATTERN = "interceptor %-5level %logger{0}: %msg%n";

  private LogAppenders() {}

  /** An appender on stderr that passes events at {@code threshold} and above. */
  static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, LogLevel threshold) {
    ThresholdFilter filter = new ThresholdFilter();
    filter.setLevel(threshold.name());
    filter.start();

    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("stderr");
    appender.setTarget(ConsoleTarget.SystemErr.getName());
    appender.setEncoder(encoder(context, STDERR_PATTERN));
    appender.addFilter(filter);
    appender.start();
    return appender;
  }

  static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.start();
    return encoder;
  }
}
