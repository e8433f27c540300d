package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.BrowserDiagnosis;
import dev.interceptor.adapter.installer.Check;
import dev.interceptor.adapter.installer.CheckStatus;
import dev.interceptor.adapter.installer.DoctorReport;
import dev.interceptor.adapter.installer.OverallState;
import dev.interceptor.adapter.installer.RoundTrip;
import java.util.List;

/**
 * What {@code doctor --json} prints: the doctor's report, the store check, and the verdict.
 *
 * @param healthy whether every check passed (the exit code is 0 exactly then)
 * @param state the overall state
 * @param summary one line on the state
 * @param fix what to do next, empty when connected
 * @param store whether the store could tell if a session is live
 * @param browsers the checks per browser
 * @param roundTrip the live hello round trip
 */
record DoctorView(
    boolean healthy,
    OverallState state,
    String summary,
    String fix,
    Check store,
    List<BrowserDiagnosis> browsers,
    RoundTrip roundTrip) {

  static DoctorView of(DoctorReport report, Check store) {
    boolean healthy =
        report.healthy()
            && report.state() != OverallState.DEPENDENCIES_NOT_INSTALLED
            && store.status() != CheckStatus.FAIL;
    return new DoctorView(
        healthy,
        report.state(),
        report.summary(),
        report.fix(),
        store,
        report.browsers(),
        report.roundTrip());
  }
}
