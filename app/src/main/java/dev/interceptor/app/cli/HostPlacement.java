package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.LaunchSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * Where install puts the host launcher, what the launcher starts, and which extension the host
 * admits by default.
 *
 * @param userHostDir the launcher's folder for a per-user install: {@code bin} in the data
 *     directory, which the user can always write and which outlives an upgrade of the application
 * @param systemHostDir the launcher's folder for {@code --system}: the application's own folder,
 *     which every user can read (a user's data directory may not be)
 * @param dataDir the data directory, deleted by {@code uninstall --purge}
 * @param defaultExtensionIds the ids admitted when {@code --extension-id} is not given
 * @param launch the Java runtime, class path and main class the launcher starts
 */
public record HostPlacement(
    Path userHostDir,
    Path systemHostDir,
    Path dataDir,
    List<String> defaultExtensionIds,
    LaunchSpec launch) {

  public HostPlacement {
    defaultExtensionIds = List.copyOf(defaultExtensionIds);
  }

  /** The launcher's folder for the scope chosen. */
  Path hostDir(boolean system) {
    return system ? systemHostDir : userHostDir;
  }
}
