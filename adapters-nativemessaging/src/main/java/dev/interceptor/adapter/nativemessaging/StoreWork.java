package dev.interceptor.adapter.nativemessaging;

import java.util.function.Supplier;

/**
 * One received message waiting for its commit: its id, its type (for logs) and the work that stores
 * it, which says whether it was stored or deliberately dropped.
 */
record StoreWork(String id, String type, Supplier<Outcome> work) {

  /** What storing a message did. */
  enum Outcome {
    STORED,
    DROPPED
  }

  /** Marks the end of input: the committer finishes what came before and stops. */
  static final StoreWork END = new StoreWork("", "end", () -> Outcome.DROPPED);
}
