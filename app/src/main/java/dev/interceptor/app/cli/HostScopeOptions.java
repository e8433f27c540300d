package dev.interceptor.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options install, uninstall and doctor share: which browsers, which extensions, where. A
 * superclass rather than a picocli mixin, since picocli creates a mixin's command at once, and the
 * commands are to be created only when they run.
 */
abstract class HostScopeOptions {

  @Option(
      names = "--browser",
      paramLabel = "NAME",
      split = ",",
      description = {
        "Only this browser (repeat or separate with commas): chrome, chrome-beta, chrome-dev,"
            + " chrome-canary, chromium, edge, brave, vivaldi, opera, firefox, librewolf,"
            + " tor-browser, and the Flatpak builds chrome-flatpak, chromium-flatpak,"
            + " edge-flatpak, brave-flatpak, firefox-flatpak.",
        "Default: every supported browser found for this user."
      })
  List<String> browsers = new ArrayList<>();

  @Option(
      names = "--extension-id",
      paramLabel = "ID",
      split = ",",
      description = {
        "Extension allowed to start the host (repeatable): a Chromium id, or a Firefox add-on"
            + " id such as name@example.com.",
        "Default: Interceptor's own extension."
      })
  List<String> extensionIds = new ArrayList<>();

  @Option(
      names = "--system",
      description = "For every user of this computer (system folders, HKLM); needs root/admin.")
  boolean system;

  @Option(
      names = "--profile-dir",
      paramLabel = "DIR",
      description =
          "The browser's user data folder (with exactly one --browser), for portable or"
              + " non-default profiles: the manifest goes to DIR/NativeMessagingHosts/.")
  @Nullable Path profileDir;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  /** The extension ids asked for, or the defaults when none were. */
  List<String> extensionIds(List<String> defaults) {
    return extensionIds.isEmpty() ? defaults : List.copyOf(extensionIds);
  }

  /**
   * The {@code --profile-dir} folder, absolute, or null without one.
   *
   * @throws CliFailure when it is given without exactly one {@code --browser}, or with {@code
   *     --system}
   */
  @Nullable String profileDirectory() {
    Path dir = profileDir;
    if (dir == null) {
      return null;
    }
    if (browsers.size() != 1) {
      String got = browsers.isEmpty() ? "" : ", not " + String.join(", ", browsers);
      throw new CliFailure(ExitCode.USAGE, "--profile-dir needs exactly one --browser NAME" + got);
    }
    if (system) {
      throw new CliFailure(
          ExitCode.USAGE, "--profile-dir and --system exclude each other: give one of them");
    }
    return dir.toAbsolutePath().normalize().toString();
  }
}
