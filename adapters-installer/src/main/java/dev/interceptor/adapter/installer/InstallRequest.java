package dev.interceptor.adapter.installer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code interceptor install} was asked to do.
 *
 * @param browsers browser names ({@code chrome}, {@code firefox}, ...); empty means every supported
 *     browser found on the machine
 * @param extensionIds ids allowed to start the host: Chromium ids (bare or as {@code
 *     chrome-extension://<id>/}) and Firefox add-on ids ({@code name@domain}); at least one
 * @param system whether to install machine-wide (system folders, HKLM) instead of for this user
 * @param profileDir a browser's user data folder given explicitly (portable or non-default
 *     profiles, tests): the manifest goes to its host-manifest folder; needs exactly one browser
 * @param hostDir the folder for the launcher and, on Windows, the manifests; absolute
 * @param launch what the launcher starts
 */
public record InstallRequest(
    List<String> browsers,
    List<String> extensionIds,
    boolean system,
    @Nullable String profileDir,
    String hostDir,
    LaunchSpec launch) {

  public InstallRequest {
    browsers = List.copyOf(browsers);
    extensionIds = List.copyOf(extensionIds);
    if (extensionIds.isEmpty()) {
      throw new IllegalArgumentException("extensionIds must name at least one extension");
    }
    ExtensionIds.parse(extensionIds);
    Scope.check(browsers, system, profileDir);
  }

  Scope scope() {
    return new Scope(browsers, system, profileDir, hostDir);
  }
}
