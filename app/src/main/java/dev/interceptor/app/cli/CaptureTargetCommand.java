package dev.interceptor.app.cli;

import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureTarget;
import dev.interceptor.core.port.out.CaptureCollections;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
  private final CaptureCollections collections;

  @Inject
  CaptureTargetCommand(SettingsChanges changes, CaptureCollections collections) {
    this.changes = changes;
    this.collections = collections;
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
              description =
                  "Folders: flat (none), host (one per host) or host-path (per host, then per"
                      + " first path segment). Default: the collection's own when it exists,"
                      + " else flat; an existing collection keeps its folders.")
          @Nullable Organize organize,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    Optional<Organize> existing = collections.find(name).map(CollectionSummary::organize);
    // Requests organised two ways in one collection would leave it half in folders.
    if (organize != null && existing.isPresent() && existing.get() != organize) {
      throw new CliFailure(
          ExitCode.USAGE,
          "collection '"
              + name
              + "' is organised "
              + existing.get().wireName()
              + ": keep that (--organize "
              + existing.get().wireName()
              + ") or name a new collection");
    }
    Organize chosen = organize != null ? organize : existing.orElse(Organize.FLAT);
    CaptureTarget target = new CaptureTarget.Collection(name, chosen);

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
