package dev.interceptor.adapter.installer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The doctor's Windows checks: which manifest the browser's registry lookup finds, and whether a
 * policy blocks the host.
 */
final class RegistryInspector {

  private static final String USER_LEVEL_POLICY = "NativeMessagingUserLevelHosts";

  private final RegistryPort registry;

  RegistryInspector(RegistryPort registry) {
    this.registry = registry;
  }

  /**
   * Adds the registry and policy checks and returns the manifest the browser would read.
   *
   * @param expected the manifest the install writes
   */
  Optional<String> inspect(
      BrowserDefinition browser,
      BrowserLayout layout,
      String expected,
      String reinstall,
      List<Check> checks) {
    boolean userLevelBlocked = userLevelBlocked(layout.policyKey());
    Optional<Hit> hit = lookUp(browser.family(), layout, userLevelBlocked);
    if (hit.isEmpty()) {
      checks.add(
          Check.fail(
              "registry.key",
              "no registry key "
                  + keyNames(layout, userLevelBlocked)
                  + " (the browser says 'host is not registered')",
              reinstall));
    } else if (!hit.get().value().equalsIgnoreCase(expected)) {
      String fix =
          hit.get().view() == RegistryView.BITS_32
              ? "reg delete \"" + hit.get().displayKey() + "\" /reg:32 /f, then " + reinstall
              : reinstall;
      checks.add(
          Check.fail(
              "registry.key",
              hit.get().displayKey() + " points at " + hit.get().value() + ", not " + expected,
              fix));
    } else {
      checks.add(Check.pass("registry.key", hit.get().displayKey() + " -> " + expected));
    }
    checks.add(policyCheck(layout.policyKey(), userLevelBlocked, hit));
    return hit.map(Hit::value);
  }

  /**
   * Chromium browsers read HKCU before HKLM (HKLM only when policy forbids per-user hosts), each in
   * the 32-bit view before the 64-bit one; Firefox reads only the 64-bit view.
   */
  private Optional<Hit> lookUp(BrowserFamily family, BrowserLayout layout, boolean userBlocked) {
    List<RegistryHive> hives =
        userBlocked ? List.of(RegistryHive.HKLM) : List.of(RegistryHive.HKCU, RegistryHive.HKLM);
    List<RegistryView> views =
        family == BrowserFamily.CHROMIUM
            ? List.of(RegistryView.BITS_32, RegistryView.BITS_64)
            : List.of(RegistryView.BITS_64);
    for (String base : layout.registryKeys()) {
      String key = base + "\\" + HostName.BRIDGE;
      for (RegistryHive hive : hives) {
        for (RegistryView view : views) {
          Optional<String> value = registry.defaultValue(hive, key, view);
          if (value.isPresent()) {
            return Optional.of(new Hit(hive, key, view, value.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean userLevelBlocked(String policyKey) {
    if (policyKey.isEmpty()) {
      return false;
    }
    for (RegistryHive hive : RegistryHive.values()) {
      Optional<Integer> value =
          registry.dwordValue(hive, policyKey, USER_LEVEL_POLICY, RegistryView.BITS_64);
      if (value.isPresent() && value.get() == 0) {
        return true;
      }
    }
    return false;
  }

  private Check policyCheck(String policyKey, boolean userLevelBlocked, Optional<Hit> hit) {
    if (policyKey.isEmpty()) {
      return Check.pass("policy", "no policy key known for this browser");
    }
    if (userLevelBlocked && hit.isEmpty()) {
      return Check.fail(
          "policy",
          USER_LEVEL_POLICY + "=0 in " + policyKey + " ignores per-user hosts",
          "install machine-wide from an administrator prompt: interceptor install --system");
    }
    if (blockedByList(policyKey)) {
      return Check.fail(
          "policy",
          "NativeMessagingBlocklist in " + policyKey + " blocks " + HostName.BRIDGE,
          "ask your administrator to add "
              + HostName.BRIDGE
              + " to the NativeMessagingAllowlist policy");
    }
    return Check.pass("policy", "no policy blocks " + HostName.BRIDGE);
  }

  private boolean blockedByList(String policyKey) {
    List<String> blocked = new ArrayList<>();
    List<String> allowed = new ArrayList<>();
    for (RegistryHive hive : RegistryHive.values()) {
      blocked.addAll(values(hive, policyKey + "\\NativeMessagingBlocklist"));
      allowed.addAll(values(hive, policyKey + "\\NativeMessagingAllowlist"));
    }
    boolean listed = blocked.contains("*") || blocked.contains(HostName.BRIDGE);
    return listed && !allowed.contains(HostName.BRIDGE);
  }

  private List<String> values(RegistryHive hive, String key) {
    Map<String, String> values = registry.stringValues(hive, key, RegistryView.BITS_64);
    return List.copyOf(values.values());
  }

  private static String keyNames(BrowserLayout layout, boolean userLevelBlocked) {
    String hive = userLevelBlocked ? "HKLM" : "HKCU or HKLM";
    return hive + "\\" + String.join(" / ", layout.registryKeys()) + "\\" + HostName.BRIDGE;
  }

  /** A registry value found by the lookup. */
  private record Hit(RegistryHive hive, String key, RegistryView view, String value) {

    String displayKey() {
      return hive + "\\" + key;
    }
  }
}
