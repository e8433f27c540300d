package dev.interceptor.app.cli;

import jakarta.inject.Inject;
import org.jspecify.annotations.Nullable;

/** Sends a request for {@code replay} or {@code send}, saves it when asked, and prints it. */
final class SendRun {

  private final Replayer replayer;
  private final ExchangeHistory exchanges;
  private final ExchangeOutput output;
  private final CliPrinter printer;

  @Inject
  SendRun(Replayer replayer, ExchangeHistory exchanges, ExchangeOutput output, CliPrinter printer) {
    this.replayer = replayer;
    this.exchanges = exchanges;
    this.output = output;
    this.printer = printer;
  }

  int run(OutgoingRequest request, SendOptions options) {
    Exchange exchange;
    try {
      exchange = replayer.send(request, options);
    } catch (CliFailure failure) {
      // A request that got no answer is still worth a History entry when one was asked for.
      if (options.save() && failure.exitCode() == ExitCode.REQUEST) {
        String id = exchanges.save(request, null, failure.getMessage());
        printer.note("saved the failed request in History as " + id);
      }
      throw failure;
    }

    @Nullable String savedAs =
        options.save() ? exchanges.save(exchange.sent(), exchange.response(), null) : null;
    output.print(exchange, options, savedAs);
    return ExitCode.OK.code();
  }
}
