package dev.interceptor.bench;

import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.testkit.FakeExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The environment and store a benchmarked host runs with, and the sending of frames to it. */
final class Hosts {

  private Hosts() {}

  /** A private home and data folder, so that nothing of the user's is read or written. */
  static Map<String, String> environment(Path work) {
    Map<String, String> env = new HashMap<>();
    String home = work.toAbsolutePath().toString();
    env.put("HOME", home);
    env.put("XDG_DATA_HOME", home + "/data");
    env.put("XDG_CONFIG_HOME", home + "/config");
    env.put("XDG_STATE_HOME", home + "/state");
    env.put("INTERCEPTOR_HOME", home + "/interceptor");
    env.put("JAVA_TOOL_OPTIONS", "");
    return env;
  }

  /**
   * Saves settings that capture everything into History for the given extension, as a user who
   * switched capture on would have them (capture is off in a fresh store).
   */
  static void captureEverything(Path work, String extensionId) {
    Settings settings =
        new Settings(
            new CaptureSettings(true, CaptureFilter.ALL, CaptureTarget.HISTORY),
            CookieSyncSettings.DEFAULT,
            Set.of(extensionId),
            Settings.DEFAULT_RETENTION);
    try (SqliteStore store = SqliteStore.openIn(work.resolve("interceptor"), Clock.systemUTC())) {
      store.settings().save(settings);
    }
  }

  /** Starts a thread that sends every frame in order, as fast as the host takes them. */
  static Thread sendAll(FakeExtension extension, List<byte[]> frames) {
    Thread sender =
        new Thread(
            () -> {
              for (byte[] frame : frames) {
                extension.sendFrame(frame);
              }
            },
            "bench-sender");
    sender.start();
    return sender;
  }
}
