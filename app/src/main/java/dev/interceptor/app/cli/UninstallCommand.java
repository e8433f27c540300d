package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.HostInstaller;
import dev.interceptor.adapter.installer.InstallReport;
import dev.interceptor.adapter.installer.UninstallRequest;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor uninstall}: removes exactly what install wrote. */
@Command(
    name = "uninstall",
    description = {
      "Remove what 'interceptor install' wrote: host manifests, registry keys and, when no"
          + " --browser is named, the launcher. Captures, collections, cookies and settings stay"
          + " unless you add --purge.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor uninstall --browser chromium")
final class UninstallCommand extends HostScopeOptions implements Callable<Integer> {

  @Option(
      names = "--purge",
      description = "Also delete the data directory: History, collections, cookies, settings, log.")
  boolean purge;

  private final HostInstaller installer;
  private final HostPlacement placement;
  private final InstallReportText text;
  private final JsonOutput jsonOutput;

  @Inject
  UninstallCommand(
      HostInstaller installer,
      HostPlacement placement,
      InstallReportText text,
      JsonOutput jsonOutput) {
    this.installer = installer;
    this.placement = placement;
    this.text = text;
    this.jsonOutput = jsonOutput;
  }

  @Override
  public Integer call() {
    UninstallRequest request =
        new UninstallRequest(
            browsers,
            system,
            profileDirectory(),
            placement.hostDir(system).toString(),
            purge,
            placement.dataDir().toString());

    InstallReport report = installer.uninstall(request);

    if (json) {
      jsonOutput.print(report);
    } else {
      text.print(report, InstallReportText.Action.UNINSTALL);
    }
    return InstallReportText.exitCode(report).code();
  }
}
