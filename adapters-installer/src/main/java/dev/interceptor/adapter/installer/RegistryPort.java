package dev.interceptor.adapter.installer;

import java.util.Map;
import java.util.Optional;

/**
 * The Windows registry operations the installer and the doctor need. Key paths are below the hive
 * and use backslashes ({@code Software\Google\Chrome\NativeMessagingHosts\dev.interceptor.bridge}).
 * Writes always go to the 64-bit view, never to WOW6432Node. Every method throws {@link
 * InstallerException} when the registry refuses the operation.
 */
public interface RegistryPort {

  /** A registry for systems that have none: reads find nothing, writes fail. */
  static RegistryPort none() {
    return new NoRegistry();
  }

  /** The default (unnamed) value of a key, empty when the key or the value is missing. */
  Optional<String> defaultValue(RegistryHive hive, String key, RegistryView view);

  /** A DWORD value of a key, empty when the key or the value is missing or of another type. */
  Optional<Integer> dwordValue(RegistryHive hive, String key, String name, RegistryView view);

  /** Every string value of a key by name, empty when the key is missing. */
  Map<String, String> stringValues(RegistryHive hive, String key, RegistryView view);

  /** Creates the key (and its parents) in the 64-bit view and sets its default value. */
  void setDefaultValue(RegistryHive hive, String key, String value);

  /**
   * Deletes the key in the 64-bit view; returns whether it existed. The key must have no subkeys.
   */
  boolean deleteKey(RegistryHive hive, String key);
}
