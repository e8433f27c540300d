package dev.interceptor.app.cli;

import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.CollectionItem;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.RequestExportFormat;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor collections}: the named collections capture can save to. */
@Command(
    name = "collections",
    description = "List, show, rename, delete and export collections of captured requests.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor collections export checkout --format postman -o checkout.json")
final class CollectionsCommand {

  private static final String NAME_HELP = "The collection's name, as 'collections list' shows it.";

  private final CaptureCollections collections;
  private final ExportFormats formats;
  private final ExportDestination destination;
  private final ExportReport report;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;

  @Inject
  CollectionsCommand(
      CaptureCollections collections,
      ExportFormats formats,
      ExportDestination destination,
      ExportReport report,
      CliPrinter printer,
      JsonOutput jsonOutput,
      Clock clock) {
    this.collections = collections;
    this.formats = formats;
    this.destination = destination;
    this.report = report;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
  }

  @Command(
      name = "list",
      description = "List the collections with how they are organised and their sizes.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor collections list --json")
  int list(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    List<CollectionSummary> all = collections.list();

    if (json) {
      jsonOutput.print(all.stream().map(CollectionView::of).toList());
      return ExitCode.OK.code();
    }
    if (all.isEmpty()) {
      printer.line(
          "No collections. Capture into one with: interceptor capture target collection NAME");
      return ExitCode.OK.code();
    }
    Table table = Table.of("NAME", "ORGANIZE", "REQUESTS", "CREATED");
    for (CollectionSummary c : all) {
      table.row(
          c.name(),
          c.organize().wireName(),
          Integer.toString(c.items()),
          Formats.time(c.created(), clock.getZone()));
    }
    table.print(printer);
    return ExitCode.OK.code();
  }

  @Command(
      name = "show",
      description = "List a collection's requests with their folders, in the order added.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor collections show checkout")
  int show(
      @Parameters(paramLabel = "NAME", description = NAME_HELP) String name,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    CollectionSummary collection = existing(name);
    List<CollectionItem> items = collections.items(collection.name());

    if (json) {
      jsonOutput.print(
          new CollectionContents(
              CollectionView.of(collection), items.stream().map(ItemView::of).toList()));
      return ExitCode.OK.code();
    }
    printer.line(
        printer.bold(collection.name())
            + "  "
            + printer.dim(
                "organised by "
                    + collection.organize().wireName()
                    + ", "
                    + Formats.count(items.size(), "request", "requests")));
    if (items.isEmpty()) {
      return ExitCode.OK.code();
    }
    Table table = Table.of("FOLDER", "ID", "METHOD", "STATUS", "URL");
    for (CollectionItem item : items) {
      table.row(
          item.folder().segments().isEmpty() ? "/" : item.folder().display(),
          item.capture().id(),
          item.capture().method(),
          Formats.orDash(item.capture().status()),
          item.capture().url());
    }
    table.print(printer);
    return ExitCode.OK.code();
  }

  @Command(
      name = "rename",
      description = "Rename a collection; a capture target naming the old name is not changed.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor collections rename checkout checkout-2025")
  int rename(
      @Parameters(index = "0", paramLabel = "FROM", description = NAME_HELP) String from,
      @Parameters(index = "1", paramLabel = "TO", description = "The new name.") String to,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    if (to.isBlank()) {
      throw new CliFailure(ExitCode.USAGE, "the new name must not be blank");
    }
    if (collections.find(to).isPresent()) {
      throw new CliFailure(
          ExitCode.USAGE, "a collection named " + to + " exists: choose another name");
    }
    if (!collections.rename(from, to)) {
      throw notFound(from);
    }

    if (json) {
      jsonOutput.print(new Renamed(from, to));
    } else {
      printer.line("Renamed collection " + from + " to " + to + ".");
    }
    return ExitCode.OK.code();
  }

  @Command(
      name = "delete",
      description = "Delete a collection and its requests.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor collections delete checkout --yes")
  int delete(
      @Parameters(paramLabel = "NAME", description = NAME_HELP) String name,
      @Option(names = "--yes", required = true, description = "Confirm: the requests are gone.")
          boolean confirmed,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    CollectionSummary collection = existing(name);
    if (!collections.delete(collection.name())) {
      throw notFound(name);
    }

    if (json) {
      jsonOutput.print(new Deleted(collection.name(), collection.items()));
    } else {
      printer.line(
          "Deleted collection "
              + collection.name()
              + " and its "
              + Formats.count(collection.items(), "request", "requests")
              + ".");
    }
    return ExitCode.OK.code();
  }

  @Command(
      name = "export",
      description = {
        "Export a collection as HAR 1.2, a Postman v2.1 collection (one folder per collection"
            + " folder) or cURL commands, in the order the requests were added.",
        "Secret values are replaced by REDACTED unless --include-secrets is given."
      },
      footerHeading = "%nExample:%n",
      footer = "  interceptor collections export checkout --format postman -o checkout.json")
  int export(
      @Parameters(paramLabel = "NAME", description = NAME_HELP) String name,
      @Option(
              names = "--format",
              required = true,
              paramLabel = "FORMAT",
              description = "har, postman or curl.")
          String format,
      @Option(
              names = {ExportDestination.OUTPUT_OPTION, "--output"},
              paramLabel = "FILE",
              description = ExportDestination.OUTPUT_HELP)
          @Nullable Path file,
      @Option(names = "--force", description = ExportDestination.FORCE_HELP) boolean force,
      @Option(names = "--include-secrets", description = "Keep secret values in the export.")
          boolean includeSecrets,
      @Option(names = JsonOutput.OPTION, description = "With -o, print a JSON summary for scripts.")
          boolean json) {
    RequestExportFormat chosen = formats.request(format);
    CollectionSummary collection = existing(name);

    CountingRequests requests =
        new CountingRequests(new CollectionRequests(collections, collection.name()));
    destination.write(
        file,
        force,
        out -> chosen.export(new RequestExport(collection.name(), requests, includeSecrets), out));

    report.requests(file, chosen.name(), requests.count(), includeSecrets, json);
    return ExitCode.OK.code();
  }

  private CollectionSummary existing(String name) {
    return collections.find(name).orElseThrow(() -> notFound(name));
  }

  private static CliFailure notFound(String name) {
    return new CliFailure(
        ExitCode.NOT_FOUND,
        "there is no collection named " + name + " (see 'interceptor collections list')");
  }

  /** A collection as {@code --json} prints it. */
  record CollectionView(String name, String organize, int requests, String created) {

    static CollectionView of(CollectionSummary c) {
      return new CollectionView(
          c.name(), c.organize().wireName(), c.items(), c.created().toString());
    }
  }

  /** {@code collections show --json}: the collection and its requests. */
  record CollectionContents(CollectionView collection, List<ItemView> requests) {}

  /** One request of a collection: its folder's names from the top, and its summary. */
  record ItemView(List<String> folder, HistoryListCommand.SummaryView request) {

    static ItemView of(CollectionItem item) {
      return new ItemView(
          item.folder().segments(), HistoryListCommand.SummaryView.of(item.capture()));
    }
  }

  record Renamed(String from, String to) {}

  record Deleted(String name, int requests) {}
}
