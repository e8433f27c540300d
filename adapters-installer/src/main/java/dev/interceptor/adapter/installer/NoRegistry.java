package dev.interceptor.adapter.installer;

import java.util.Map;
import java.util.Optional;

/** The registry of a system without one. */
final class NoRegistry implements RegistryPort {

  @Override
  public Optional<String> defaultValue(RegistryHive hive, String key, RegistryView view) {
    return Optional.empty();
  }

  @Override
  public Optional<Integer> dwordValue(
      RegistryHive hive, String key, String name, RegistryView view) {
    return Optional.empty();
  }

  @Override
  public Map<String, String> stringValues(RegistryHive hive, String key, RegistryView view) {
    return Map.of();
  }

  @Override
  public void setDefaultValue(RegistryHive hive, String key, String value) {
    throw new InstallerException("This system has no registry; cannot write " + key);
  }

  @Override
  public boolean deleteKey(RegistryHive hive, String key) {
    return false;
  }
}
