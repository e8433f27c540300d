package dev.interceptor.app;

import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.cli.CompanionExtension;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The one store of this process, opened on first use (a command that reads no data never opens it)
 * and closed by {@code main} when the command ends. Thread-safe.
 */
@Singleton
final class StoreHandle implements AutoCloseable {

  private final DataDirectory dataDirectory;
  private final Clock clock;
  private @Nullable SqliteStore store;

  @Inject
  StoreHandle(DataDirectory dataDirectory, Clock clock) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
  }

  /** The open store; opens it, creating the directory and database when missing. */
  synchronized SqliteStore store() {
    SqliteStore open = store;
    if (open == null) {
      dev.interceptor.adapter.storage.DataDirectory.prepare(dataDirectory.path());
      open = SqliteStore.openIn(dataDirectory.path(), clock, CompanionExtension.firstRunSettings());
      store = open;
    }
    return open;
  }

  /** Closes the store if it was opened; later use opens it again. */
  @Override
  public synchronized void close() {
    SqliteStore open = store;
    store = null;
    if (open != null) {
      open.close();
    }
  }
}
