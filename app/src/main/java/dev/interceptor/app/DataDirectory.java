package dev.interceptor.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Interceptor keeps its store and log: {@code INTERCEPTOR_HOME} when set, otherwise the
 * platform's place for per-user application data.
 *
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/interceptor}, or {@code
 *       ~/.local/share/interceptor} when that variable is unset or relative (XDG Base Directory).
 *   <li>macOS: {@code ~/Library/Application Support/Interceptor}.
 *   <li>Windows: {@code %LOCALAPPDATA%\Interceptor}.
 * </ul>
 */
public record DataDirectory(Path path) {

  public static final String ENV = "INTERCEPTOR_HOME";

  /** Resolves the directory without touching the file system. */
  public static DataDirectory resolve(Map<String, String> env, String osName, Path home) {
    String override = env.getOrDefault(ENV, "");
    if (!override.isBlank()) {
      return new DataDirectory(Path.of(override).toAbsolutePath());
    }

    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.getOrDefault("LOCALAPPDATA", "");
      Path base = local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
      return new DataDirectory(base.resolve("Interceptor"));
    }
    if (os.startsWith("mac")) {
      return new DataDirectory(
          home.resolve("Library").resolve("Application Support").resolve("Interceptor"));
    }
    // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
    String xdg = env.getOrDefault("XDG_DATA_HOME", "");
    Path base =
        !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return new DataDirectory(base.resolve("interceptor"));
  }

  /** The log file inside the directory. */
  public Path logFile() {
    return path.resolve("interceptor.log");
  }
}
