package dev.interceptor.adapter.installer;

import java.util.List;

/**
 * Where one browser's registration goes in one scope, or why there is none.
 *
 * @param browser the browser
 * @param found whether the browser was detected (or named with its folder)
 * @param skipReason why nothing is done for it, with the fix; empty when something is
 * @param manifestFiles manifest files the browser reads directly (Linux, macOS, profile folders)
 * @param registryEntries Windows registry keys pointing at a manifest
 */
record Registration(
    BrowserDefinition browser,
    boolean found,
    String skipReason,
    List<String> manifestFiles,
    List<RegistryEntry> registryEntries) {

  Registration {
    manifestFiles = List.copyOf(manifestFiles);
    registryEntries = List.copyOf(registryEntries);
  }

  static Registration skipped(BrowserDefinition browser, boolean found, String reason) {
    return new Registration(browser, found, reason, List.of(), List.of());
  }

  boolean isSkipped() {
    return !skipReason.isEmpty();
  }

  /** Every file path and registry key this registration writes, to spot shared ones. */
  List<String> locations() {
    List<String> keys = registryEntries.stream().map(RegistryEntry::location).toList();
    return java.util.stream.Stream.concat(manifestFiles.stream(), keys.stream()).toList();
  }

  /**
   * One registry key whose default value is the manifest's path.
   *
   * @param hive HKCU or HKLM
   * @param key the key path below the hive, ending with the host name
   * @param manifestPath the manifest file the value points at
   */
  record RegistryEntry(RegistryHive hive, String key, String manifestPath) {

    String location() {
      return hive + "\\" + key;
    }
  }
}
