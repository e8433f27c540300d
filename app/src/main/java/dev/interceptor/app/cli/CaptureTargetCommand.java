package dev.interceptor.app.cli;

import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureTarget;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor capture target}: where kept requests go. */
@Command(
    name = "target",
    description = "Choose where kept requests go: History (the default) or a named collection.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor capture target collection checkout-api --organize host-path")
final class CaptureTargetCommand {

  private final SettingsChanges changes;

  @Inject
  CaptureTargetCommand(SettingsChanges changes) {
    this.changes = changes;
  }

  @Command(
      name = "history",
      description = "Keep requests in History, which holds the newest entries up to its limit.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor capture target history")
  int history(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new SetCaptureTarget(CaptureTarget.HISTORY),
        json,
        s -> changes.printer().line("Kept requests go to History."));
  }

  @Command(
      name = "collection",
      description = "Keep requests in a named collection, created when the first one arrives.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor capture target collection checkout-api --organize host")
  int collection(
      @Parameters(paramLabel = "NAME", description = "The collection's name.") String name,
      @Option(
              names = "--organize",
              paramLabel = "HOW",
              converter = OrganizeConverter.class,
              completionCandidates = OrganizeNames.class,
              defaultValue = "flat",
              description =
                  "Folders: flat (none), host (one per host) or host-path (per host, then per"
                      + " first path segment). Default: ${DEFAULT-VALUE}.")
          Organize organize,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    CaptureTarget target = new CaptureTarget.Collection(name, organize);

    return changes.apply(
        new SetCaptureTarget(target),
        json,
        s -> changes.printer().line("Kept requests go to " + SettingsText.target(target) + "."));
  }

  /** The names {@code --organize} accepts, for completion and for the error naming them. */
  static final class OrganizeNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Organize.values()).map(Organize::wireName).iterator();
    }
  }

  /** Reads {@code flat}, {@code host} or {@code host-path}. */
  static final class OrganizeConverter implements ITypeConverter<Organize> {

    @Override
    public Organize convert(String value) {
      return Organize.fromWire(value);
    }
  }
}
