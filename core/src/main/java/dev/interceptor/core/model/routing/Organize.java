package dev.interceptor.core.model.routing;

import java.util.Locale;

/** How a collection arranges its requests in folders. */
public enum Organize {
  /** No folders. */
  FLAT,
  /** One folder per host. */
  HOST,
  /** A folder per host, then one per first path segment. */
  HOST_PATH;

  /**
   * Parses {@code flat}, {@code host} or {@code host-path}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Organize fromWire(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "flat" -> FLAT;
      case "host" -> HOST;
      case "host-path", "host_path" -> HOST_PATH;
      default ->
          throw new IllegalArgumentException(
              "unknown organisation '" + text + "': use flat, host or host-path");
    };
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
