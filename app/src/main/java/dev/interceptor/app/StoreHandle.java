package dev.interceptor.app;

import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.app.cli.StoreCreation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The one store of this process, opened on first use (a command that reads no data never opens it)
 * and closed by {@code main} when the command ends. A missing store is created only when {@link
 * StoreCreation} allows it. Thread-safe.
 */
@Singleton
final class StoreHandle implements AutoCloseable {

  private final DataDirectory dataDirectory;
  private final Clock clock;
  private final StoreCreation creation;
  private @Nullable SqliteStore store;

  @Inject
  StoreHandle(DataDirectory dataDirectory, Clock clock, StoreCreation creation) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
    this.creation = creation;
  }

  /**
   * The open store; opens it, creating the directory and database when missing and the command
   * being run may create them.
   */
  synchronized SqliteStore store() {
    SqliteStore open = store;
    if (open == null) {
      Path file = dataDirectory.path().resolve(SqliteStore.FILE_NAME);
      if (!Files.exists(file)) {
        creation.checkMayCreate(file);
      }
      dev.interceptor.adapter.storage.DataDirectory.prepare(dataDirectory.path());
      Logging.addLogFile(dataDirectory);
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
