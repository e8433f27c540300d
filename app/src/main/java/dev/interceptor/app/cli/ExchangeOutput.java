package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.HttpHeader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prints an exchange. For people: the status line and headers as text, a blank line, then the body
 * as the bytes received, like {@code curl -i}; notes about cookies go to stderr. With {@code
 * --json}: one document with the request sent, the cookie names, and the response.
 */
final class ExchangeOutput {

  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  ExchangeOutput(CliPrinter printer, JsonOutput jsonOutput) {
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  void print(Exchange exchange, SendOptions options, @Nullable String savedAs) {
    if (options.json()) {
      jsonOutput.print(ExchangeView.of(exchange, options.includeSecrets(), savedAs));
      return;
    }

    printer.note(cookieNote(exchange.cookiesSent(), options.noCookies()));
    if (savedAs != null) {
      printer.note("saved in History as " + savedAs);
    }
    ReceivedResponse response = exchange.response();
    printer.line(response.statusLine());
    for (HttpHeader h : response.headers()) {
      printer.line(h.name() + ": " + h.value());
    }
    printer.line("");
    try (OutputStream out = printer.bytes()) {
      out.write(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the body to stdout", e);
    }
  }

  private static String cookieNote(List<String> names, boolean noCookies) {
    if (noCookies) {
      return "sent without jar cookies (--no-cookies)";
    }
    if (names.isEmpty()) {
      return "no jar cookie matches this URL: sent without a Cookie header";
    }
    return "sent "
        + Formats.count(names.size(), "jar cookie", "jar cookies")
        + ": "
        + String.join(", ", names);
  }

  /** What {@code replay --json} and {@code send --json} print. */
  record ExchangeView(
      RequestView request,
      List<String> cookiesSent,
      List<String> redirectedFrom,
      ResponseView response,
      @Nullable String savedAs) {

    static ExchangeView of(Exchange e, boolean includeSecrets, @Nullable String savedAs) {
      OutgoingRequest sent = e.sent();
      List<HttpHeader> headers =
          includeSecrets ? sent.headers() : Redaction.headers(sent.headers());
      ReceivedResponse r = e.response();
      return new ExchangeView(
          new RequestView(
              sent.method(),
              includeSecrets ? sent.url() : Redaction.url(sent.url()),
              headers,
              sent.body().length),
          e.cookiesSent(),
          e.redirectedFrom(),
          new ResponseView(r.status(), r.statusLine(), r.headers(), BodyView.of(r.body())),
          savedAs);
    }
  }

  record RequestView(String method, String url, List<HttpHeader> headers, int bodySize) {}

  record ResponseView(int status, String statusLine, List<HttpHeader> headers, BodyView body) {}

  /** The body as text when it is UTF-8, otherwise in base64; {@code size} in bytes. */
  record BodyView(int size, @Nullable String text, @Nullable String base64) {

    static BodyView of(byte[] body) {
      try {
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
        return new BodyView(body.length, text, null);
      } catch (CharacterCodingException e) {
        return new BodyView(body.length, null, Base64.getEncoder().encodeToString(body));
      }
    }
  }
}
