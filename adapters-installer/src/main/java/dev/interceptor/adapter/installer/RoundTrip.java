package dev.interceptor.adapter.installer;

import java.util.List;

/**
 * The doctor's live test: the host started as the browser would start it, a {@code hello} sent and
 * a {@code welcome} awaited.
 *
 * @param status PASS when a welcome came back, SKIPPED when no browser had a usable manifest
 * @param browser the browser whose manifest was used, or empty
 * @param command the command line started, or empty
 * @param millis the time from start to the welcome (or to the failure)
 * @param detail what happened, with the host's last stderr lines on failure
 * @param fix the step that fixes a failure, else empty
 */
public record RoundTrip(
    CheckStatus status,
    String browser,
    List<String> command,
    long millis,
    String detail,
    String fix) {

  public RoundTrip {
    command = List.copyOf(command);
  }

  static RoundTrip skipped(String detail) {
    return new RoundTrip(CheckStatus.SKIPPED, "", List.of(), 0, detail, "");
  }
}
