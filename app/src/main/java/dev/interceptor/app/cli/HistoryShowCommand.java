package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.OpenedBody;
import dev.interceptor.core.port.out.CaptureHistory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor history show ID}: one History entry with its headers and body. */
@Command(
    name = "show",
    description = {
      "Show one History entry in full: request headers and body, response headers.",
      "Secret header and query values (Cookie, Authorization, token-like names) show as REDACTED"
          + " unless --include-secrets is given."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor history show 1234.56 --json")
final class HistoryShowCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The entry's id, as 'history list' shows it.")
  String id = "";

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  @Option(
      names = "--include-secrets",
      description = "Show secret header and query values instead of REDACTED.")
  boolean includeSecrets;

  private final CaptureHistory history;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;

  @Inject
  HistoryShowCommand(
      CaptureHistory history, CliPrinter printer, JsonOutput jsonOutput, Clock clock) {
    this.history = history;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    // For people the body is copied from the store as a stream; JSON needs it in memory.
    CapturedRequest found =
        (json ? history.find(id) : history.findWithoutBody(id))
            .orElseThrow(
                () ->
                    new CliFailure(
                        ExitCode.NOT_FOUND,
                        "History has no entry " + id + " (see 'interceptor history list')"));
    CapturedRequest request = includeSecrets ? found : Redaction.apply(found);

    if (json) {
      jsonOutput.print(CaptureView.of(request));
      return ExitCode.OK.code();
    }
    printRequest(request);
    printResponse(request);
    return ExitCode.OK.code();
  }

  private void printRequest(CapturedRequest r) {
    printer.line(printer.bold(r.method() + " " + r.url()));
    printer.line(
        printer.dim(
            Formats.time(r.time(), clock.getZone())
                + "  "
                + r.resourceType().wireName()
                + "  tab "
                + r.tabId()
                + (r.initiator() == null ? "" : "  from " + r.initiator())));
    printHeaders(r.requestHeaders());
    printBody(r);
  }

  private void printBody(CapturedRequest r) {
    Optional<OpenedBody> opened = history.openBody(r.id());
    if (opened.isEmpty()) {
      return;
    }

    String notes = r.bodyTruncated() ? ", truncated by the browser" : "";
    notes += r.filePartsOmitted() ? ", file contents not exposed" : "";
    printer.line("");
    printer.line(printer.dim("body, " + r.bodySize() + " bytes" + notes + ":"));
    try (OpenedBody body = opened.get()) {
      if (body.kind() == OpenedBody.Kind.TEXT) {
        try (OutputStream out = printer.bytes()) {
          body.transferTo(out);
        }
        printer.line("");
      } else if (body.kind() == OpenedBody.Kind.FORM) {
        String encoded = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        for (FormField field : FormEncoding.decode(encoded)) {
          printer.line(field.name() + "=" + field.value());
        }
      } else {
        long length = body.transferTo(OutputStream.nullOutputStream());
        printer.line("(" + length + " bytes of binary data; --json gives them in base64)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not print the body of History entry " + r.id(), e);
    }
  }

  private void printResponse(CapturedRequest r) {
    CapturedResponse response = r.response();
    printer.line("");
    if (response == null) {
      printer.line(printer.bold("No response") + ": " + Formats.orDash(r.error()));
      return;
    }

    printer.line(
        printer.bold(
            response.statusLine().isEmpty()
                ? Integer.toString(response.status())
                : response.statusLine()));
    printHeaders(response.headers());
  }

  private void printHeaders(List<HttpHeader> headers) {
    for (HttpHeader h : headers) {
      printer.line(h.name() + ": " + h.value());
    }
  }
}
