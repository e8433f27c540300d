package dev.interceptor.app.cli;

import dev.interceptor.adapter.export.FileProblems;
import dev.interceptor.core.model.capture.HttpHeader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor send METHOD URL}: sends a new request with the jar's cookies. */
@Command(
    name = "send",
    description = {
      "Send a request with the jar's cookies for its URL and print the status line, headers and"
          + " body.",
      "A Cookie header of your own needs --no-cookies, so it is never mixed with the jar's."
          + " -d without a Content-Type header sends application/x-www-form-urlencoded, as curl"
          + " does. A response with an error status still exits 0; exit 6 means no response came."
    },
    footerHeading = "%nExample:%n",
    footer =
        "  interceptor send POST https://api.example.com/notes -H 'Content-Type: application/json'"
            + " -d '{\"text\":\"hi\"}'")
final class SendCommand extends SendingCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, ... (sent as typed).")
  String method = "";

  // Optional for the parser only, so that a URL typed without its method gets our explanation.
  @Parameters(
      index = "1",
      arity = "0..1",
      hideParamSyntax = true,
      paramLabel = "URL",
      description = "An absolute http or https URL.")
  String url = "";

  @Option(
      names = {"-H", "--header"},
      paramLabel = "'NAME: VALUE'",
      description = "Add a header; repeat for more.")
  List<String> headers = new ArrayList<>();

  /** The body, from the command line or from a file; at most one. */
  static final class Body {
    @Option(
        names = {"-d", "--data"},
        paramLabel = "DATA",
        description = "The body, as UTF-8 text.")
    @Nullable String data;

    @Option(
        names = "--data-binary",
        paramLabel = "@FILE",
        description = "The body: the bytes of FILE (or the text itself without @).")
    @Nullable String dataBinary;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Body body;

  private final SendRun sendRun;

  @Inject
  SendCommand(SendRun sendRun) {
    this.sendRun = sendRun;
  }

  @Override
  public Integer call() {
    if (method.contains("://")) {
      throw new CliFailure(
          ExitCode.USAGE,
          "the METHOD comes before the URL, for example: interceptor send GET " + method);
    }
    if (method.isBlank() || !method.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
      throw new CliFailure(ExitCode.USAGE, "'" + method + "' is not an HTTP method");
    }
    if (url.isEmpty()) {
      throw new CliFailure(
          ExitCode.USAGE,
          "the URL is missing after "
              + method
              + ", for example: interceptor send "
              + method
              + " https://example.com/");
    }
    List<HttpHeader> parsed = parseHeaders();
    OutgoingRequest request = new OutgoingRequest(method, url, parsed, bodyBytes());
    if (!noCookies && request.has("Cookie")) {
      throw new CliFailure(
          ExitCode.USAGE,
          "a Cookie header of your own is sent only with --no-cookies (the jar's cookies are"
              + " otherwise chosen for the URL)");
    }
    HttpSender.uri(url);

    if (body != null && body.data != null && !request.has("Content-Type")) {
      request = request.with(new HttpHeader("Content-Type", "application/x-www-form-urlencoded"));
    }
    return sendRun.run(request, options());
  }

  private List<HttpHeader> parseHeaders() {
    List<HttpHeader> parsed = new ArrayList<>();
    for (String header : headers) {
      int colon = header.indexOf(':');
      String name = colon < 0 ? "" : header.substring(0, colon).strip();
      if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127)) {
        throw new CliFailure(
            ExitCode.USAGE, "a header is written 'Name: value' (got a header without a name)");
      }
      parsed.add(new HttpHeader(name, header.substring(colon + 1).strip()));
    }
    return parsed;
  }

  private byte[] bodyBytes() {
    if (body == null) {
      return new byte[0];
    }
    if (body.data != null) {
      return body.data.getBytes(StandardCharsets.UTF_8);
    }
    String binary = body.dataBinary == null ? "" : body.dataBinary;
    if (!binary.startsWith("@")) {
      return binary.getBytes(StandardCharsets.UTF_8);
    }
    Path file = Path.of(binary.substring(1));
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliFailure(ExitCode.USAGE, "--data-binary: " + FileProblems.describe(file, e));
    }
  }
}
