package dev.interceptor.adapter.installer;

/** The overall result of an install or uninstall. */
public enum InstallOutcome {
  /** Every item succeeded or was unchanged. */
  COMPLETED,
  /** Some items failed or were refused; the others were done. */
  PARTIAL,
  /** Nothing was done; the report's message says why and what to do. */
  REFUSED
}
