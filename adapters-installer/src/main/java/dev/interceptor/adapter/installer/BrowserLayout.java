package dev.interceptor.adapter.installer;

import java.util.List;

/**
 * Where one browser keeps its files on one operating system.
 *
 * <p>Paths are templates: {@code ~} is the user's home, {@code %NAME%} an environment variable
 * (LOCALAPPDATA and APPDATA fall back to their usual place under the home), and {@code /} separates
 * names on every system.
 *
 * @param detectDirs folders of which any existing one shows that the browser is installed
 * @param userManifestDir the per-user manifest folder, or empty when the system has none
 * @param systemManifestDirs machine-wide manifest folders, preferred first; the first whose parent
 *     exists is used
 * @param registryKeys Windows: keys below HKCU or HKLM that hold one subkey per host name
 * @param policyKey Windows: the browser's policy key below HKLM or HKCU, or empty
 */
public record BrowserLayout(
    List<String> detectDirs,
    String userManifestDir,
    List<String> systemManifestDirs,
    List<String> registryKeys,
    String policyKey) {

  public BrowserLayout {
    detectDirs = List.copyOf(detectDirs);
    systemManifestDirs = List.copyOf(systemManifestDirs);
    registryKeys = List.copyOf(registryKeys);
  }

  /** A Linux or macOS layout: manifests in folders. */
  public static BrowserLayout files(
      String detectDir, String userManifestDir, String... systemManifestDirs) {
    return new BrowserLayout(
        List.of(detectDir), userManifestDir, List.of(systemManifestDirs), List.of(), "");
  }

  /** A Windows layout: manifests found through registry keys. */
  public static BrowserLayout registry(String detectDir, String policyKey, String... keys) {
    return new BrowserLayout(List.of(detectDir), "", List.of(), List.of(keys), policyKey);
  }

  /** The same layout detected through other folders. */
  public BrowserLayout detectedBy(String... dirs) {
    return new BrowserLayout(
        List.of(dirs), userManifestDir, systemManifestDirs, registryKeys, policyKey);
  }
}
