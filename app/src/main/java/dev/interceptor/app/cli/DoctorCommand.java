package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.Check;
import dev.interceptor.adapter.installer.CheckStatus;
import dev.interceptor.adapter.installer.Doctor;
import dev.interceptor.adapter.installer.DoctorReport;
import dev.interceptor.adapter.installer.DoctorRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor doctor}: whether the browser can reach the host, and if not, why. */
@Command(
    name = "doctor",
    description = {
      "Check that your browsers can reach Interceptor: first the overall state (Connected, Not"
          + " connected, Dependencies not installed), then per browser the host manifest, its"
          + " launcher and allowed extensions, and finally a live test that starts the host"
          + " exactly as the browser would. Every failed check says how to fix it.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = {"  interceptor doctor", "  interceptor doctor --browser chrome --json"})
final class DoctorCommand extends HostScopeOptions implements Callable<Integer> {

  /** A cold host start is well under this; a host that needs longer is itself a problem. */
  private static final Duration ROUND_TRIP_TIMEOUT = Duration.ofSeconds(20);

  @Option(
      names = "--no-launch",
      description = "Skip the live test that starts the host and exchanges a hello.")
  boolean noLaunch;

  private final Doctor doctor;
  private final HostPlacement placement;
  private final LiveSessionProbe sessions;
  private final DoctorReportText text;
  private final JsonOutput jsonOutput;

  @Inject
  DoctorCommand(
      Doctor doctor,
      HostPlacement placement,
      LiveSessionProbe sessions,
      DoctorReportText text,
      JsonOutput jsonOutput) {
    this.doctor = doctor;
    this.placement = placement;
    this.sessions = sessions;
    this.text = text;
    this.jsonOutput = jsonOutput;
  }

  @Override
  public Integer call() {
    LiveSessionProbe.Answer live = sessions.ask();
    DoctorRequest request =
        new DoctorRequest(
            browsers,
            extensionIds(placement.defaultExtensionIds()),
            system,
            profileDirectory(),
            placement.hostDir(system).toString(),
            live::live,
            !noLaunch,
            ROUND_TRIP_TIMEOUT);

    DoctorReport report = doctor.diagnose(request);
    DoctorView view = DoctorView.of(report, storeCheck(live));

    if (json) {
      jsonOutput.print(view);
    } else {
      text.print(view);
    }
    return view.healthy() ? ExitCode.OK.code() : ExitCode.PROBLEM.code();
  }

  private Check storeCheck(LiveSessionProbe.Answer live) {
    if (live.storeMissing()) {
      return new Check(
          "store",
          CheckStatus.PASS,
          "none yet in " + placement.dataDir() + ": the host creates it when a browser connects",
          "");
    }
    if (live.storeReadable()) {
      return new Check("store", CheckStatus.PASS, "readable: " + placement.dataDir(), "");
    }
    return new Check(
        "store",
        CheckStatus.FAIL,
        "cannot tell whether a browser is connected: " + live.storeProblem(),
        "run 'interceptor status --debug' to see the store's error; the store and its log"
            + " (interceptor.log) are in "
            + placement.dataDir());
  }
}
