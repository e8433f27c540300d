package dev.interceptor.adapter.installer;

/** The two registry roots that hold native messaging registrations. */
public enum RegistryHive {
  /** HKEY_CURRENT_USER: a per-user install. */
  HKCU,
  /** HKEY_LOCAL_MACHINE: a machine-wide install. */
  HKLM
}
