package dev.interceptor.adapter.nativemessaging;

import java.util.function.Supplier;

/**
 * One received message waiting for its commit: its id, its type (for logs), the work that stores
 * it, which says whether it was stored or deliberately dropped, and what to let go of once it is
 * committed or refused (a spooled frame's file).
 */
record StoreWork(String id, String type, Supplier<Outcome> work, Runnable release) {

  StoreWork(String id, String type, Supplier<Outcome> work) {
    this(id, type, work, () -> {});
  }

  /** This work, letting go of {@code resource} once it is done with. */
  StoreWork releasing(Runnable resource) {
    return new StoreWork(id, type, work, resource);
  }

  /** What storing a message did. */
  enum Outcome {
    STORED,
    DROPPED
  }

  /** Marks the end of input: the committer finishes what came before and stops. */
  static final StoreWork END = new StoreWork("", "end", () -> Outcome.DROPPED);
}
