package dev.interceptor.app.cli;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.ParseResult;

/**
 * Whether this run may create the store where there is none yet. Commands that only read the store
 * (and those that change only what it already holds) refuse instead: an empty store made by a
 * mistyped {@code --data-dir} would hide the real one. Commands that write settings or data, the
 * host among them, create it. Until a command is chosen, creation is allowed. Thread-safe.
 */
@Singleton
public final class StoreCreation {

  /** The commands that never create the store, as typed after {@code interceptor}. */
  static final Set<String> READ_ONLY =
      Set.of(
          "status",
          "cookies list",
          "cookies export",
          "cookies purge",
          "cookies domains list",
          "cookies domains remove",
          "cookies domains resync",
          "history list",
          "history show",
          "history export",
          "history clear",
          "collections list",
          "collections show",
          "collections rename",
          "collections delete",
          "collections export",
          "extension list",
          "replay",
          "watch",
          "db check",
          "db backup",
          "doctor");

  private volatile boolean refused;

  /** Decides for the command the line names; called once the line is parsed. */
  void decideFor(ParseResult parsed) {
    ParseResult leaf = parsed;
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
    }
    String name = leaf.commandSpec().qualifiedName(" ");
    String typed = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : "";
    refused = READ_ONLY.contains(typed);
  }

  /**
   * Checks that a missing store may be created now.
   *
   * @throws RuntimeException a one-line failure (exit code 4) naming {@code file} and how to start
   *     a store, when the command being run only reads
   */
  public void checkMayCreate(Path file) {
    if (refused) {
      throw new CliFailure(
          ExitCode.NOT_FOUND,
          "there is no store at "
              + file
              + ": run `interceptor capture on` to start one there, or pass --data-dir DIR to"
              + " use another");
    }
  }
}
