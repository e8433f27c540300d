package dev.interceptor.app.cli;

import dev.interceptor.adapter.export.HarImporter;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.routing.CaptureRouter;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreTransactions;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor import --har FILE}: requests from a HAR file into History or a collection. */
@Command(
    name = "import",
    description = {
      "Import every request of a HAR 1.1 or 1.2 file into History or a collection, all or nothing:"
          + " a damaged file imports none. Importing the same file again adds no duplicates.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  interceptor import --har session.har",
      "  interceptor import --har session.har --to collection checkout-api"
    })
final class ImportCommand implements Callable<Integer> {

  @Option(names = "--har", required = true, paramLabel = "FILE", description = "The HAR file.")
  Path har = Path.of("");

  @Option(
      names = "--to",
      arity = "1..2",
      paramLabel = "TARGET",
      description =
          "'history' (the default) or 'collection NAME'; a missing collection is created, flat.")
  List<String> to = new ArrayList<>(List.of("history"));

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final HarImporter importer = new HarImporter();
  private final StoreTransactions transactions;
  private final CaptureHistory history;
  private final CaptureCollections collections;
  private final SettingsStore settings;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  ImportCommand(
      StoreTransactions transactions,
      CaptureHistory history,
      CaptureCollections collections,
      SettingsStore settings,
      CliPrinter printer,
      JsonOutput jsonOutput) {
    this.transactions = transactions;
    this.history = history;
    this.collections = collections;
    this.settings = settings;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  @Override
  public Integer call() {
    String destination = destination();
    Predicate<CapturedRequest> sink = sink();
    long[] added = new long[1];

    long read =
        transactions.inTransaction(
            () ->
                importer.importFile(
                    har,
                    r -> {
                      if (sink.test(r)) {
                        added[0]++;
                      }
                    }));

    Imported imported = new Imported(har.toString(), destination, read, added[0]);
    if (json) {
      jsonOutput.print(imported);
    } else {
      printer.line(
          "Imported "
              + Formats.count(read, "request", "requests")
              + " from "
              + har
              + " into "
              + destination
              + " ("
              + added[0]
              + " new, "
              + (read - added[0])
              + " already there).");
    }
    return ExitCode.OK.code();
  }

  private String destination() {
    if (to.size() == 1 && to.get(0).equals("history")) {
      return "History";
    }
    if (to.size() == 2 && to.get(0).equals("collection") && !to.get(1).isBlank()) {
      return "collection " + to.get(1);
    }
    throw new IllegalArgumentException(
        "--to must be 'history' or 'collection NAME', was '" + String.join(" ", to) + "'");
  }

  private Predicate<CapturedRequest> sink() {
    if (to.size() == 1) {
      int retention = settings.load().historyRetention();
      return r -> history.add(r, retention);
    }
    String name = to.get(1);
    Organize organize =
        collections.find(name).map(CollectionSummary::organize).orElse(Organize.FLAT);
    return r -> collections.add(name, organize, CaptureRouter.folderFor(r.url(), organize), r);
  }

  /** What {@code import --json} prints: requests read from the file, and how many were new. */
  record Imported(String file, String destination, long read, long added) {}
}
