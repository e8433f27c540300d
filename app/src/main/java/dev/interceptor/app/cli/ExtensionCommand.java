package dev.interceptor.app.cli;

import dev.interceptor.core.port.in.ChangeSettingsCommand.AllowExtension;
import dev.interceptor.core.port.in.ChangeSettingsCommand.DisallowExtension;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor extension}: which browser extensions the host serves. */
@Command(
    name = "extension",
    description = {
      "Choose which browser extensions may connect to Interceptor. A new installation allows the"
          + " companion extension; the host refuses every other caller until it is allowed here.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor extension allow aclblkgnlianipdjkdhdjopimdphplle")
final class ExtensionCommand {

  private static final String ID_HELP =
      "A Chromium extension id (32 letters a-p) or a Firefox add-on id (name@example.com).";

  private final SettingsChanges changes;
  private final SettingsStore settings;

  @Inject
  ExtensionCommand(SettingsChanges changes, SettingsStore settings) {
    this.changes = changes;
    this.settings = settings;
  }

  @Command(
      name = "allow",
      description =
          "Let an extension connect; hosts already running check again at its next start.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor extension allow aclblkgnlianipdjkdhdjopimdphplle")
  int allow(
      @Parameters(paramLabel = "ID", description = ID_HELP) String id,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new AllowExtension(id),
        json,
        s -> changes.printer().line("Extension " + id.strip() + " may connect."));
  }

  @Command(
      name = "disallow",
      description = "Refuse an extension from its next connection on.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor extension disallow aclblkgnlianipdjkdhdjopimdphplle")
  int disallow(
      @Parameters(paramLabel = "ID", description = ID_HELP) String id,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new DisallowExtension(id),
        json,
        s -> changes.printer().line("Extension " + id.strip() + " is refused from now on."));
  }

  @Command(
      name = "list",
      description = "List the extensions that may connect.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor extension list --json")
  int list(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    List<String> ids = settings.load().allowedExtensionIds().stream().sorted().toList();

    if (json) {
      changes.jsonOutput().print(ids);
    } else if (ids.isEmpty()) {
      changes
          .printer()
          .line("No extension may connect. Allow one with: interceptor extension allow ID");
    } else {
      ids.forEach(changes.printer()::line);
    }
    return ExitCode.OK.code();
  }
}
