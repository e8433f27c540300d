package dev.interceptor.adapter.installer;

/**
 * The registry view of a 64-bit Windows. The installer writes only the 64-bit view; the 32-bit view
 * of HKLM\SOFTWARE is the WOW6432Node branch, which Chrome reads first, so the doctor looks at
 * both.
 */
public enum RegistryView {
  BITS_64,
  BITS_32
}
