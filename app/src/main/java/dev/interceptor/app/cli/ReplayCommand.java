package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor replay ID}: sends a captured request again with the jar's cookies. */
@Command(
    name = "replay",
    description = {
      "Send a captured request again and print the status line, headers and body.",
      "The captured Cookie header is replaced by the jar's cookies for the URL (none when the jar"
          + " has none); --no-cookies sends the request without any Cookie header. Host,"
          + " Content-Length, Accept-Encoding, hop-by-hop and pseudo-headers are set by the"
          + " client, not copied. Redirects are not followed unless --follow is given.",
      "A response with an error status still exits 0; exit 6 means no response came."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor replay 1234.56 --save")
final class ReplayCommand extends SendingCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The capture's id, as 'history list' shows it.")
  String id = "";

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "Take the request from this collection instead of History.")
  @Nullable String collection;

  private final CaptureHistory history;
  private final CaptureCollections collections;
  private final SendRun sendRun;

  @Inject
  ReplayCommand(CaptureHistory history, CaptureCollections collections, SendRun sendRun) {
    this.history = history;
    this.collections = collections;
    this.sendRun = sendRun;
  }

  @Override
  public Integer call() {
    CapturedRequest captured = captured();
    refuseIncomplete(captured);

    OutgoingRequest request =
        new OutgoingRequest(
            captured.method(),
            captured.url(),
            ForwardedHeaders.of(captured.requestHeaders()),
            RequestBody.toBytes(captured.body()));
    return sendRun.run(request, options());
  }

  private CapturedRequest captured() {
    if (collection == null) {
      return history
          .find(id)
          .orElseThrow(
              () ->
                  new CliFailure(
                      ExitCode.NOT_FOUND,
                      "History has no entry " + id + " (see 'interceptor history list')"));
    }
    String name = collection;
    return collections
        .findRequest(name, id)
        .orElseThrow(
            () ->
                new CliFailure(
                    ExitCode.NOT_FOUND,
                    "collection "
                        + name
                        + " has no request "
                        + id
                        + " (see 'interceptor collections show "
                        + name
                        + "')"));
  }

  /** A body the browser did not give in full cannot be sent again as it was. */
  private static void refuseIncomplete(CapturedRequest r) {
    if (r.bodyTruncated()) {
      throw new CliFailure(
          ExitCode.USAGE,
          "the browser gave only part of the body of "
              + r.id()
              + ": it cannot be replayed as sent");
    }
    String type = r.requestHeader("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (r.filePartsOmitted()
        || (r.body() instanceof RequestBody.Form && type.startsWith("multipart/"))) {
      throw new CliFailure(
          ExitCode.USAGE,
          "the browser gave only the form fields of the multipart body of "
              + r.id()
              + ": it cannot be replayed as sent");
    }
  }
}
