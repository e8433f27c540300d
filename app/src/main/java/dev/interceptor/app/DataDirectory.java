package dev.interceptor.app;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where Interceptor keeps its store and log, as chosen for this run. The rule itself is the storage
 * adapter's {@link dev.interceptor.adapter.storage.DataDirectory#locate}: the {@code --data-dir}
 * option, then {@code INTERCEPTOR_HOME}, then the platform's place for per-user application data.
 */
public record DataDirectory(Path path) {

  /** The option that names the directory for one run; read before the command line is parsed. */
  public static final String OPTION = "--data-dir";

  /** Resolves the directory without touching the file system. */
  public static DataDirectory resolve(
      @Nullable String dataDirOption, Map<String, String> env, String osName, Path home) {
    String located =
        dev.interceptor.adapter.storage.DataDirectory.locate(
            dataDirOption, osName, env, home.toString());
    return new DataDirectory(Path.of(located).toAbsolutePath().normalize());
  }

  /** The log file inside the directory. */
  public Path logFile() {
    return path.resolve("interceptor.log");
  }
}
