package dev.interceptor.adapter.storage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as microseconds since the epoch, the unit every time column uses. */
final class Instants {

  private Instants() {}

  /**
   * Browsers report times to the microsecond at best, so nothing finer is kept. Instants beyond
   * about 292,000 years from the epoch saturate instead of overflowing.
   */
  static long toMicros(Instant instant) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    } catch (ArithmeticException e) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  static Instant fromMicros(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
