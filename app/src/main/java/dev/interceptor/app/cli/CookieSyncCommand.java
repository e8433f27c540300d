package dev.interceptor.app.cli;

import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCookieSyncEnabled;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor cookies sync on|off}: the global cookie sync switch. */
@Command(
    name = "sync",
    description = "Pause or resume cookie sync for every sync domain; the list of domains stays.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor cookies sync off")
final class CookieSyncCommand {

  private final SettingsChanges changes;

  @Inject
  CookieSyncCommand(SettingsChanges changes) {
    this.changes = changes;
  }

  @Command(
      name = "on",
      description = "Resume cookie sync; each sync domain starts again from a fresh snapshot.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor cookies sync on")
  int on(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new SetCookieSyncEnabled(true),
        json,
        s ->
            changes
                .printer()
                .line(
                    "Cookie sync is on for "
                        + Formats.count(
                            s.cookieSync().domains().size(), "sync domain", "sync domains")
                        + "; each resumes from a fresh snapshot."));
  }

  @Command(
      name = "off",
      description = "Pause cookie sync for every domain; the jar keeps the cookies it has.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor cookies sync off")
  int off(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new SetCookieSyncEnabled(false),
        json,
        s -> changes.printer().line("Cookie sync is off; the sync domains and cookies stay."));
  }
}
