package dev.interceptor.app.cli;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureEnabled;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor capture}: the capture switch, its filter and its target. */
@Command(
    name = "capture",
    description = "Turn capture on or off, and choose which requests it keeps and where.",
    subcommands = {CaptureFilterCommand.class, CaptureTargetCommand.class},
    footerHeading = "%nExample:%n",
    footer = "  interceptor capture on")
final class CaptureCommand {

  private final SettingsChanges changes;

  @Inject
  CaptureCommand(SettingsChanges changes) {
    this.changes = changes;
  }

  @Command(
      name = "on",
      description = "Start keeping the requests the browser makes (capture is off until then).",
      footerHeading = "%nExample:%n",
      footer = "  interceptor capture on")
  int on(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new SetCaptureEnabled(true),
        json,
        s -> changes.printer().line("Capture is on; requests go to " + target(s) + "."));
  }

  @Command(
      name = "off",
      description = "Stop keeping requests; what was kept stays.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor capture off")
  int off(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new SetCaptureEnabled(false), json, s -> changes.printer().line("Capture is off."));
  }

  private static String target(Settings settings) {
    return SettingsText.target(settings.capture().target());
  }
}
