package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.HostInstaller;
import dev.interceptor.adapter.installer.InstallReport;
import dev.interceptor.adapter.installer.InstallRequest;
import dev.interceptor.adapter.storage.DataDirectory;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code interceptor install}: registers the bridge host with the browsers. */
@Command(
    name = "install",
    description = {
      "Register Interceptor's bridge host with your browsers, so that the extension can reach it:"
          + " writes the launcher and each browser's host manifest (and on Windows its registry"
          + " key). Running it again changes nothing.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  interceptor install",
      "  interceptor install --browser chromium --profile-dir ~/chromium-test-profile"
    })
final class InstallCommand extends HostScopeOptions implements Callable<Integer> {

  private final HostInstaller installer;
  private final HostPlacement placement;
  private final InstallReportText text;
  private final JsonOutput jsonOutput;

  @Inject
  InstallCommand(
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
    if (!system) {
      // The launcher goes into the data directory: create that owner-only first, as the store
      // would, rather than let the launcher's folder create it open to every user.
      DataDirectory.prepare(placement.dataDir());
    }

    InstallRequest request =
        new InstallRequest(
            browsers,
            extensionIds(placement.defaultExtensionIds()),
            system,
            profileDirectory(),
            placement.hostDir(system).toString(),
            placement.launch());

    InstallReport report = installer.install(request);

    if (json) {
      jsonOutput.print(report);
    } else {
      text.print(report, InstallReportText.Action.INSTALL);
    }
    return InstallReportText.exitCode(report).code();
  }
}
