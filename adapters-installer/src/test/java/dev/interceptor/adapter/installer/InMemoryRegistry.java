package dev.interceptor.adapter.installer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A registry in memory that redirects like 64-bit Windows: the 32-bit view of HKLM\SOFTWARE is
 * HKLM\SOFTWARE\WOW6432Node; HKCU\Software is shared by both views.
 */
final class InMemoryRegistry implements RegistryPort {

  private final Map<String, Map<String, Object>> keys =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** The physical keys that exist, as {@code HIVE\path}. */
  Set<String> keys() {
    return keys.keySet();
  }

  void put(RegistryHive hive, String key, RegistryView view, String name, Object value) {
    keys.computeIfAbsent(physical(hive, key, view), k -> new LinkedHashMap<>()).put(name, value);
  }

  @Override
  public Optional<String> defaultValue(RegistryHive hive, String key, RegistryView view) {
    Object value = values(hive, key, view).get("");
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  @Override
  public Optional<Integer> dwordValue(
      RegistryHive hive, String key, String name, RegistryView view) {
    Object value = values(hive, key, view).get(name);
    return value instanceof Integer ? Optional.of((Integer) value) : Optional.empty();
  }

  @Override
  public Map<String, String> stringValues(RegistryHive hive, String key, RegistryView view) {
    Map<String, String> strings = new LinkedHashMap<>();
    values(hive, key, view)
        .forEach(
            (name, value) -> {
              if (value instanceof String) {
                strings.put(name, (String) value);
              }
            });
    return strings;
  }

  @Override
  public void setDefaultValue(RegistryHive hive, String key, String value) {
    put(hive, key, RegistryView.BITS_64, "", value);
  }

  @Override
  public boolean deleteKey(RegistryHive hive, String key) {
    return keys.remove(physical(hive, key, RegistryView.BITS_64)) != null;
  }

  private Map<String, Object> values(RegistryHive hive, String key, RegistryView view) {
    return keys.getOrDefault(physical(hive, key, view), Map.of());
  }

  private static String physical(RegistryHive hive, String key, RegistryView view) {
    boolean redirected =
        hive == RegistryHive.HKLM
            && view == RegistryView.BITS_32
            && key.toLowerCase(Locale.ROOT).startsWith("software\\");
    String path =
        redirected ? "SOFTWARE\\WOW6432Node\\" + key.substring("software\\".length()) : key;
    return hive + "\\" + path;
  }
}
