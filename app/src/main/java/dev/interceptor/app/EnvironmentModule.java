package dev.interceptor.app;

import com.google.inject.AbstractModule;
import dev.interceptor.adapter.nativemessaging.FrameSpool;
import java.time.Clock;

/** The machine Interceptor runs on: where its data lives, and the clock. */
final class EnvironmentModule extends AbstractModule {

  private final DataDirectory dataDirectory;

  EnvironmentModule(DataDirectory dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @Override
  protected void configure() {
    bind(DataDirectory.class).toInstance(dataDirectory);
    // Where a host copies large frames from the browser instead of holding them in memory.
    bind(FrameSpool.class).toInstance(FrameSpool.in(dataDirectory.path()));
    // Instants are zone-free; the zone is only for showing local times to people.
    bind(Clock.class).toInstance(Clock.systemDefaultZone());
  }
}
