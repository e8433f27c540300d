package dev.interceptor.adapter.installer;

import java.util.List;

/**
 * Everything the doctor found, for the CLI to print as text or as JSON.
 *
 * @param state the overall state, given first
 * @param summary one line saying what the state means here
 * @param fix what to do next (load the extension, install), empty when connected
 * @param browsers per browser found or named, its checks
 * @param roundTrip the live hello round trip
 */
public record DoctorReport(
    OverallState state,
    String summary,
    String fix,
    List<BrowserDiagnosis> browsers,
    RoundTrip roundTrip) {

  public DoctorReport {
    browsers = List.copyOf(browsers);
  }

  /** Whether every check and the round trip passed (warnings allowed). */
  public boolean healthy() {
    return browsers.stream().allMatch(BrowserDiagnosis::healthy)
        && roundTrip.status() != CheckStatus.FAIL;
  }
}
