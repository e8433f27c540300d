package dev.interceptor.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The arguments a browser starts a native messaging host with, which are none of ours: Chromium
 * browsers pass the caller's origin ({@code chrome-extension://<id>/}) and, on Windows, {@code
 * --parent-window=<handle>}; Firefox passes the manifest's full path and the add-on id.
 *
 * <p>Host mode is detected from the raw arguments, before strict command line parsing, because
 * picocli would refuse them. Every field may be null: a host started by hand gets none.
 */
public record HostLaunch(
    @Nullable String callerOrigin,
    @Nullable String parentWindow,
    @Nullable String firefoxManifest,
    @Nullable String firefoxAddonId) {

  /** The subcommand that runs the host. */
  public static final String HOST_COMMAND = "host";

  private static final String CHROMIUM_ORIGIN = "chrome-extension://";
  private static final String PARENT_WINDOW = "--parent-window=";

  /**
   * True when a browser started us as its host, or the first argument is {@code host}: the first
   * argument is an extension origin, or a {@code .json} manifest path followed by an add-on id, or
   * a parent-window handle appears anywhere.
   */
  public static boolean isHostMode(List<String> args) {
    if (args.isEmpty()) {
      return false;
    }

    String first = args.get(0);
    if (first.equals(HOST_COMMAND) || first.startsWith(CHROMIUM_ORIGIN)) {
      return true;
    }
    if (isFirefoxLaunch(args)) {
      return true;
    }
    return args.stream().anyMatch(a -> a.startsWith(PARENT_WINDOW));
  }

  /**
   * The command line that runs the host with the browser's arguments unchanged after it: {@code
   * args} itself when it already starts with {@code host}.
   */
  public static List<String> asHostCommand(List<String> args) {
    if (!args.isEmpty() && args.get(0).equals(HOST_COMMAND)) {
      return List.copyOf(args);
    }
    List<String> command = new ArrayList<>(args.size() + 1);
    command.add(HOST_COMMAND);
    command.addAll(args);
    return command;
  }

  /** Reads whichever browser arguments are there, ignoring anything else. */
  public static HostLaunch parse(List<String> args) {
    String origin = null;
    String parentWindow = null;
    for (String arg : args) {
      if (arg.startsWith(CHROMIUM_ORIGIN)) {
        origin = arg;
      } else if (arg.startsWith(PARENT_WINDOW)) {
        parentWindow = arg.substring(PARENT_WINDOW.length());
      }
    }

    List<String> browserArgs = args;
    if (!args.isEmpty() && args.get(0).equals(HOST_COMMAND)) {
      browserArgs = args.subList(1, args.size());
    }
    if (isFirefoxLaunch(browserArgs)) {
      return new HostLaunch(origin, parentWindow, browserArgs.get(0), browserArgs.get(1));
    }
    return new HostLaunch(origin, parentWindow, null, null);
  }

  private static boolean isFirefoxLaunch(List<String> args) {
    return args.size() >= 2
        && args.get(0).toLowerCase(Locale.ROOT).endsWith(".json")
        && !args.get(1).isEmpty()
        && !args.get(1).startsWith("-");
  }
}
