package dev.interceptor.app.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Text for people: local times to the second, and a dash for what is missing. */
final class Formats {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Formats() {}

  static String time(@Nullable Instant instant, ZoneId zone) {
    return instant == null ? "-" : TIME.format(instant.atZone(zone));
  }

  static String orDash(@Nullable Object value) {
    return value == null || value.toString().isEmpty() ? "-" : value.toString();
  }

  /** A count with its noun in the number that fits it: "1 request", "0 requests", "2 entries". */
  static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** An instant as JSON carries it: ISO-8601 in UTC, or null. */
  static @Nullable String iso(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
