package dev.interceptor.core.archfixture;

import java.time.Instant;
import java.time.LocalDate;

/** Breaks "core takes time as an argument": reads the system clock three ways. */
public final class CoreReadingTheClock {

  public Instant instant() {
    return Instant.now();
  }

  public LocalDate today() {
    return LocalDate.now();
  }

  public long millis() {
    return System.currentTimeMillis();
  }
}
