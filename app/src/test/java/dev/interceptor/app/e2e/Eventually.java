package dev.interceptor.app.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls until something is there, for state that other processes write. */
final class Eventually {

  private Eventually() {}

  static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
      }
      Thread.sleep(100);
    }
  }
}
