package dev.interceptor.adapter.installer.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import dev.interceptor.adapter.installer.InstallerException;
import dev.interceptor.adapter.installer.RegistryHive;
import dev.interceptor.adapter.installer.RegistryPort;
import dev.interceptor.adapter.installer.RegistryView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Windows registry through jna-platform. Writes name the 64-bit view explicitly
 * (KEY_WOW64_64KEY) so that a 32-bit runtime can never land in WOW6432Node.
 */
public final class JnaRegistry implements RegistryPort {

  @Override
  public Optional<String> defaultValue(RegistryHive hive, String key, RegistryView view) {
    try {
      if (!Advapi32Util.registryValueExists(root(hive), key, "", access(view))) {
        return Optional.empty();
      }
      return Optional.of(Advapi32Util.registryGetStringValue(root(hive), key, "", access(view)));
    } catch (Win32Exception e) {
      if (isMissing(e)) {
        return Optional.empty();
      }
      throw failure("read", hive, key, e);
    }
  }

  @Override
  public Optional<Integer> dwordValue(
      RegistryHive hive, String key, String name, RegistryView view) {
    try {
      if (!Advapi32Util.registryValueExists(root(hive), key, name, access(view))) {
        return Optional.empty();
      }
      return Optional.of(Advapi32Util.registryGetIntValue(root(hive), key, name, access(view)));
    } catch (Win32Exception e) {
      if (isMissing(e)) {
        return Optional.empty();
      }
      throw failure("read", hive, key, e);
    } catch (IllegalStateException wrongType) {
      return Optional.empty();
    }
  }

  @Override
  public Map<String, String> stringValues(RegistryHive hive, String key, RegistryView view) {
    try {
      if (!Advapi32Util.registryKeyExists(root(hive), key, access(view))) {
        return Map.of();
      }
      Map<String, String> strings = new LinkedHashMap<>();
      Advapi32Util.registryGetValues(root(hive), key, access(view))
          .forEach(
              (name, value) -> {
                if (value instanceof String) {
                  strings.put(name, (String) value);
                }
              });
      return strings;
    } catch (Win32Exception e) {
      throw failure("read", hive, key, e);
    }
  }

  @Override
  public void setDefaultValue(RegistryHive hive, String key, String value) {
    int access = access(RegistryView.BITS_64);
    try {
      Advapi32Util.registryCreateKey(root(hive), key, access);
      Advapi32Util.registrySetStringValue(root(hive), key, "", value, access);
    } catch (Win32Exception e) {
      throw failure("write", hive, key, e);
    }
  }

  @Override
  public boolean deleteKey(RegistryHive hive, String key) {
    int access = access(RegistryView.BITS_64);
    int split = key.lastIndexOf('\\');
    try {
      if (split < 0 || !Advapi32Util.registryKeyExists(root(hive), key, access)) {
        return false;
      }
      Advapi32Util.registryDeleteKey(
          root(hive), key.substring(0, split), key.substring(split + 1), access);
      return true;
    } catch (Win32Exception e) {
      throw failure("delete", hive, key, e);
    }
  }

  private static WinReg.HKEY root(RegistryHive hive) {
    return hive == RegistryHive.HKLM ? WinReg.HKEY_LOCAL_MACHINE : WinReg.HKEY_CURRENT_USER;
  }

  private static int access(RegistryView view) {
    return view == RegistryView.BITS_64 ? WinNT.KEY_WOW64_64KEY : WinNT.KEY_WOW64_32KEY;
  }

  private static boolean isMissing(Win32Exception e) {
    return e.getErrorCode() == WinError.ERROR_FILE_NOT_FOUND;
  }

  private static InstallerException failure(
      String action, RegistryHive hive, String key, Win32Exception e) {
    String fix =
        hive == RegistryHive.HKLM
            ? "; a machine-wide install needs an administrator prompt"
            : "; check the key's permissions with regedit";
    return new InstallerException(
        "Cannot " + action + " registry key " + hive + "\\" + key + ": " + e.getMessage() + fix, e);
  }
}
