package dev.interceptor.adapter.nativemessaging;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The arguments a browser starts the host with, parsed leniently.
 *
 * <p>Chromium browsers pass the caller's origin {@code chrome-extension://<id>/}, and on Windows
 * {@code --parent-window=<handle>}; Firefox passes the manifest's full path and the add-on id.
 * {@code callerId} is the extension id or add-on id, empty when none was given. Arguments of
 * neither shape are ignored.
 */
public record LaunchArguments(
    @Nullable String origin,
    String callerId,
    @Nullable Long parentWindow,
    @Nullable String firefoxManifest) {

  private static final String CHROME_SCHEME = "chrome-extension://";
  private static final String PARENT_WINDOW = "--parent-window=";

  /** Parses the arguments after the program name; never fails. */
  public static LaunchArguments parse(List<String> args) {
    String origin = null;
    String chromeId = null;
    Long parentWindow = null;
    String manifest = null;
    String addonId = null;

    for (String arg : args) {
      if (arg.startsWith(CHROME_SCHEME)) {
        origin = arg;
        chromeId = chromeId(arg);
      } else if (arg.startsWith(PARENT_WINDOW)) {
        parentWindow = parseLong(arg.substring(PARENT_WINDOW.length()));
      } else if (manifest == null && isManifestPath(arg)) {
        manifest = arg;
      } else if (addonId == null && !arg.startsWith("-") && !arg.isBlank()) {
        addonId = arg;
      }
    }

    String callerId = chromeId != null ? chromeId : addonId != null ? addonId : "";
    return new LaunchArguments(origin, callerId, parentWindow, manifest);
  }

  /**
   * True when the arguments look like a browser starting the host rather than a user typing a
   * command: a Chromium origin, or Firefox's manifest path followed by an add-on id.
   */
  public static boolean isBrowserLaunch(List<String> args) {
    if (args.stream().anyMatch(a -> a.startsWith(CHROME_SCHEME))) {
      return true;
    }
    return args.size() == 2 && isManifestPath(args.get(0)) && isAddonId(args.get(1));
  }

  /** The sender's origin for capture commands: the Chromium origin, or else the add-on id. */
  public String extensionOrigin() {
    return origin != null ? origin : callerId;
  }

  /** A label for logs and host sessions: {@code chromium} or {@code firefox}. */
  public String browserFamily() {
    if (origin != null) {
      return "chromium";
    }
    return firefoxManifest != null ? "firefox" : "unknown";
  }

  private static String chromeId(String origin) {
    String rest = origin.substring(CHROME_SCHEME.length());
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
  }

  private static boolean isManifestPath(String arg) {
    return arg.toLowerCase(Locale.ROOT).endsWith(".json") && !arg.startsWith("-");
  }

  /** Firefox add-on ids are either e-mail shaped or a GUID in braces. */
  private static boolean isAddonId(String arg) {
    return arg.contains("@") || (arg.startsWith("{") && arg.endsWith("}"));
  }

  private static @Nullable Long parseLong(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
