package dev.interceptor.adapter.installer;

import java.util.Locale;

/**
 * The operating systems the installer knows, with the path rules of each.
 *
 * <p>Paths are handled as strings in the target system's own form, so that Windows paths can be
 * computed and checked on any machine.
 */
public enum OsFamily {
  LINUX('/'),
  MACOS('/'),
  WINDOWS('\\');

  private final char separator;

  OsFamily(char separator) {
    this.separator = separator;
  }

  /** The family of the running JVM, from {@code os.name}. */
  public static OsFamily current() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (name.startsWith("windows")) {
      return WINDOWS;
    }
    if (name.startsWith("mac")) {
      return MACOS;
    }
    return LINUX;
  }

  /** The name separator of this system's paths. */
  public char separator() {
    return separator;
  }

  /**
   * Joins a base path and relative parts with this system's separator; slashes in the parts are
   * converted, so templates can be written with {@code /}.
   */
  public String join(String base, String... parts) {
    StringBuilder path = new StringBuilder(normalize(base));
    for (String part : parts) {
      String clean = trimSeparators(normalize(part));
      if (clean.isEmpty()) {
        continue;
      }
      if (path.length() == 0 || path.charAt(path.length() - 1) != separator) {
        path.append(separator);
      }
      path.append(clean);
    }
    return path.toString();
  }

  /** The path with every slash of the wrong direction turned into this system's separator. */
  public String normalize(String path) {
    return this == WINDOWS ? path.replace('/', '\\') : path;
  }

  /**
   * Whether the path is absolute: {@code /...} on Linux and macOS; a drive letter followed by a
   * backslash, or a UNC path, on Windows.
   */
  public boolean isAbsolute(String path) {
    if (this != WINDOWS) {
      return path.startsWith("/");
    }
    boolean drive =
        path.length() >= 3
            && Character.isLetter(path.charAt(0))
            && path.charAt(1) == ':'
            && path.charAt(2) == '\\';
    return drive || path.startsWith("\\\\");
  }

  /** The parent folder of a path, or the path itself when it has none. */
  public String parent(String path) {
    String trimmed = path;
    while (trimmed.length() > 1 && trimmed.charAt(trimmed.length() - 1) == separator) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int last = trimmed.lastIndexOf(separator);
    if (last < 0) {
      return trimmed;
    }
    if (last == 0 || (this == WINDOWS && last == 2 && trimmed.charAt(1) == ':')) {
      return trimmed.substring(0, last + 1);
    }
    return trimmed.substring(0, last);
  }

  /** The last name of a path. */
  public String fileName(String path) {
    int last = path.lastIndexOf(separator);
    return last < 0 ? path : path.substring(last + 1);
  }

  private String trimSeparators(String part) {
    int start = 0;
    int end = part.length();
    while (start < end && part.charAt(start) == separator) {
      start++;
    }
    while (end > start && part.charAt(end - 1) == separator) {
      end--;
    }
    return part.substring(start, end);
  }
}
