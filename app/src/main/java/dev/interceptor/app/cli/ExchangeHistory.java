package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Stores a request sent from the command line in History, as {@code replay-<uuid>}: the request as
 * sent (with the jar's Cookie header), the response's status and headers, or the error when none
 * came. It has no tab (-1) and the type {@code other}.
 */
final class ExchangeHistory {

  private final CaptureHistory history;
  private final SettingsStore settings;
  private final Clock clock;

  @Inject
  ExchangeHistory(CaptureHistory history, SettingsStore settings, Clock clock) {
    this.history = history;
    this.settings = settings;
    this.clock = clock;
  }

  /** Saves the exchange and returns its id; {@code response} is null when {@code error} is set. */
  String save(OutgoingRequest sent, @Nullable ReceivedResponse response, @Nullable String error) {
    String id = "replay-" + UUID.randomUUID();
    byte[] body = sent.body();
    CapturedRequest request =
        new CapturedRequest(
            id,
            clock.instant(),
            sent.url(),
            sent.method(),
            sent.headers(),
            body(body),
            body.length,
            false,
            false,
            ResourceType.OTHER,
            -1,
            null,
            response == null
                ? null
                : new CapturedResponse(
                    response.status(), response.statusLine(), response.headers()),
            error);

    history.add(request, settings.load().historyRetention());
    return id;
  }

  private static RequestBody body(byte[] body) {
    if (body.length == 0) {
      return RequestBody.NONE;
    }
    try {
      return new RequestBody.Text(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString());
    } catch (CharacterCodingException e) {
      return new RequestBody.Bytes(body);
    }
  }
}
