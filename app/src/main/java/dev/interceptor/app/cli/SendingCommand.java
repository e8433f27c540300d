package dev.interceptor.app.cli;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options {@code replay} and {@code send} share, declared once for both. */
abstract class SendingCommand {

  @Option(
      names = "--no-cookies",
      description =
          "Send no jar cookies; a replayed request then goes without its captured Cookie header.")
  boolean noCookies;

  @Option(names = JarCookies.STORE_OPTION, paramLabel = "ID", description = JarCookies.STORE_HELP)
  @Nullable String cookieStore;

  @Option(
      names = "--follow",
      description =
          "Follow redirects (at most 10), choosing the jar's cookies again for each new URL.")
  boolean follow;

  @Option(names = "--save", description = "Store the exchange in History as replay-<uuid>.")
  boolean save;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      converter = WholeNumber.AtLeastOne.class,
      defaultValue = "30",
      description =
          "Give up after SECONDS without a connection or a byte (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--include-secrets",
      description = "With --json, show secret request header values instead of REDACTED.")
  boolean includeSecrets;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  /** The options as a value. */
  SendOptions options() {
    return new SendOptions(
        noCookies,
        cookieStore,
        follow,
        save,
        Duration.ofSeconds(timeoutSeconds),
        includeSecrets,
        json);
  }
}
