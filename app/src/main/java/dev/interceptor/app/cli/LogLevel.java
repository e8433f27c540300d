package dev.interceptor.app.cli;

import java.util.Locale;
import java.util.Optional;

/** The levels {@code --log-level} and {@code INTERCEPTOR_LOG_LEVEL} accept. */
public enum LogLevel {
  ERROR,
  WARN,
  INFO,
  DEBUG,
  TRACE;

  /** Parses a level without regard to case; empty for anything else. */
  public static Optional<LogLevel> parse(String text) {
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
