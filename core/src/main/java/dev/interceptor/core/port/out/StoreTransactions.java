package dev.interceptor.core.port.out;

import java.util.function.Supplier;

/**
 * Runs work against the store as one transaction: every store port called inside {@code work}, on
 * the calling thread, joins it. The host groups many messages into one transaction.
 *
 * <p>Nested calls join the outer transaction. Throws {@link StoreException} when the commit fails;
 * then nothing of {@code work} is kept.
 */
public interface StoreTransactions {

  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
