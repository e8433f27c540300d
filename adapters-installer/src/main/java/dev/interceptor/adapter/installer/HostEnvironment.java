package dev.interceptor.adapter.installer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The facts about the machine and user that decide where things go: the operating system, the
 * user's home folder, the environment variables and whether the process runs as root.
 *
 * <p>Passed in as a value so that every system's logic can be tested on any machine.
 *
 * @param os the operating system family
 * @param home the user's home folder, absolute, in the system's own form
 * @param variables environment variables (LOCALAPPDATA, APPDATA, SUDO_USER, ...)
 * @param root whether the effective user is root (always false on Windows)
 */
public record HostEnvironment(
    OsFamily os, String home, Map<String, String> variables, boolean root) {

  public HostEnvironment {
    if (!os.isAbsolute(os.normalize(home))) {
      throw new IllegalArgumentException("home must be an absolute path: " + home);
    }
    home = os.normalize(home);
    variables = Map.copyOf(variables);
  }

  /** The running process's environment. */
  public static HostEnvironment current() {
    OsFamily os = OsFamily.current();
    return new HostEnvironment(
        os, System.getProperty("user.home"), System.getenv(), os != OsFamily.WINDOWS && isRoot());
  }

  /** An environment variable, or null when it is unset or empty. */
  public @Nullable String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  private static boolean isRoot() {
    // Under sudo both the real and the effective user are root, so the user id is enough.
    try {
      return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    } catch (LinkageError unavailable) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
