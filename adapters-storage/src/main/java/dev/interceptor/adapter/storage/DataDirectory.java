package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where Interceptor keeps its database and log: the user's per-user data directory.
 *
 * <p>The first of these wins: the {@code --data-dir} value, the environment variable {@code
 * INTERCEPTOR_HOME}, then the platform's place: {@code $XDG_DATA_HOME/interceptor} (default {@code
 * ~/.local/share/interceptor}) on Linux and other Unix systems, {@code ~/Library/Application
 * Support/Interceptor} on macOS, {@code %LOCALAPPDATA%\Interceptor} on Windows. Empty values count
 * as unset.
 */
public final class DataDirectory {

  /** The environment variable that overrides the platform's data directory. */
  public static final String HOME_VARIABLE = "INTERCEPTOR_HOME";

  private DataDirectory() {}

  /**
   * Resolves the data directory for this process, from its OS name, environment and home.
   *
   * @param dataDirOption the {@code --data-dir} value, or null when not given
   */
  public static Path resolve(@Nullable String dataDirOption) {
    return Path.of(
        locate(
            dataDirOption,
            System.getProperty("os.name", ""),
            System.getenv(),
            System.getProperty("user.home", "")));
  }

  /**
   * The data directory as a path string for the given platform; a pure function of its arguments,
   * so every platform's rule can be checked on any platform. The result uses that platform's
   * separator ({@code \} on Windows).
   *
   * @param dataDirOption the {@code --data-dir} value, or null when not given
   * @param osName the {@code os.name} system property, such as {@code Linux}, {@code Mac OS X} or
   *     {@code Windows 11}
   * @param env the process environment
   * @param home the {@code user.home} system property
   */
  public static String locate(
      @Nullable String dataDirOption, String osName, Map<String, String> env, String home) {
    if (dataDirOption != null && !dataDirOption.isBlank()) {
      return dataDirOption;
    }
    String override = env.get(HOME_VARIABLE);
    if (override != null && !override.isBlank()) {
      return override;
    }

    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String localAppData = env.get("LOCALAPPDATA");
      String base =
          localAppData == null || localAppData.isBlank()
              ? join(home, "AppData\\Local", '\\')
              : localAppData;
      return join(base, "Interceptor", '\\');
    }
    if (os.startsWith("mac")) {
      return join(home, "Library/Application Support/Interceptor", '/');
    }
    // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
    String xdg = env.get("XDG_DATA_HOME");
    String base = xdg != null && xdg.startsWith("/") ? xdg : join(home, ".local/share", '/');
    return join(base, "interceptor", '/');
  }

  /**
   * Creates the directory when missing, owner-only (0700) on POSIX systems; an existing directory
   * is used as it is.
   *
   * @throws StoreException naming the directory when it cannot be created
   */
  public static Path prepare(Path directory) {
    try {
      FilePermissions.createOwnerDirectory(directory);
      return directory;
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the data directory "
              + directory
              + " ("
              + e.getMessage()
              + "): check its parent's permissions or choose another with --data-dir",
          e);
    }
  }

  /**
   * Creates {@code file} in a prepared directory readable by its owner only (0600 on POSIX), when
   * it does not exist yet; an existing file loses any group and other permissions.
   */
  public static Path prepareFile(Path file) {
    try {
      if (!FilePermissions.createOwnerFile(file)) {
        FilePermissions.restrictFile(file);
      }
      return file;
    } catch (IOException e) {
      throw new StoreException(
          "cannot create "
              + file
              + " ("
              + e.getMessage()
              + "): check the permissions of its directory or choose another with --data-dir",
          e);
    }
  }

  private static String join(String base, String child, char separator) {
    boolean endsWithSeparator = base.endsWith("/") || base.endsWith("\\");
    return endsWithSeparator ? base + child : base + separator + child;
  }
}
