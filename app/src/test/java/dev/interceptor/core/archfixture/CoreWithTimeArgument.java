package dev.interceptor.core.archfixture;

import java.time.Clock;
import java.time.Instant;

/** Keeps "core takes time as an argument": {@code now(Clock)} reads an injected clock. */
public final class CoreWithTimeArgument {

  public Instant instant(Clock clock) {
    return Instant.now(clock);
  }
}
