package dev.interceptor.dist;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How a browser starts a packaged host: its command line and a private home for its data. */
final class BrowserLaunch {

  /** How long a host may take to start and answer, on a busy build machine. */
  static final Duration START = Duration.ofSeconds(20);

  private static final String ORIGIN =
      "chrome-extension://" + System.getProperty("dist.extensionId") + "/";

  private BrowserLaunch() {}

  /** The launcher followed by the caller's origin, as Chromium starts a host. */
  static List<String> command(Path launcher) {
    return List.of(launcher.toString(), ORIGIN);
  }

  /** A private home and data folder under {@code home}, plus the given variables. */
  static Map<String, String> environment(Path home, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    env.put("XDG_STATE_HOME", home.resolve("state").toString());
    env.put("INTERCEPTOR_HOME", home.resolve("interceptor").toString());
    env.put("JAVA_TOOL_OPTIONS", "");
    env.putAll(extra);
    return env;
  }
}
