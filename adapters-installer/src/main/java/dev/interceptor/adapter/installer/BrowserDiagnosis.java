package dev.interceptor.adapter.installer;

import java.util.List;

/**
 * The doctor's checks for one browser.
 *
 * @param browser the browser's id
 * @param displayName the browser's name
 * @param manifest the manifest file the browser reads, or empty when none was located
 * @param checks the checks, in the order they were made
 */
public record BrowserDiagnosis(
    String browser, String displayName, String manifest, List<Check> checks) {

  public BrowserDiagnosis {
    checks = List.copyOf(checks);
  }

  /** Whether no check failed. */
  public boolean healthy() {
    return checks.stream().noneMatch(check -> check.status() == CheckStatus.FAIL);
  }
}
