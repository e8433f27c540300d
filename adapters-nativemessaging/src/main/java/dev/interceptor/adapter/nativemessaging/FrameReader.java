package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads native messaging frames: a 32-bit length in native byte order, then that many bytes of
 * UTF-8 JSON.
 *
 * <p>Short reads are normal on a pipe, so every read loops until the frame is complete. The
 * declared length is checked against the limit before anything is allocated. An oversized frame is
 * reported first and its bytes skipped by the next call, so the stream resynchronises. Not thread
 * safe: one thread reads.
 */
public final class FrameReader {

  /** Chromium's limit for a message from the browser to a host: 64 MiB. */
  public static final int BROWSER_TO_HOST_LIMIT = 64 * 1024 * 1024;

  private static final int SKIP_BUFFER = 64 * 1024;

  private final InputStream in;
  private final int limit;
  private long pendingSkip;
  private byte @Nullable [] replayed;
  private @Nullable FrameException replayedFailure;

  /**
   * A reader of frames of at most {@code limit} bytes.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public FrameReader(InputStream in, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("frame limit must be positive, was " + limit);
    }
    this.in = in;
    this.limit = limit;
  }

  /**
   * Makes the next read return {@code payload} again, for a frame a caller read and left to the
   * code that serves the rest of the stream.
   */
  void replay(byte[] payload) {
    replayed = payload;
  }

  /** Makes the next read throw {@code failure} again, after the reading that first threw it. */
  void replay(FrameException failure) {
    replayedFailure = failure;
  }

  /**
   * The next frame's payload, or empty when the input ended cleanly between frames.
   *
   * @throws FrameException {@code TRUNCATED} when the input ends inside a frame, {@code OVERSIZED}
   *     when the declared length is over the limit
   * @throws IOException when reading fails
   */
  public Optional<byte[]> readPayload() throws IOException {
    byte[] again = replayed;
    FrameException failure = replayedFailure;
    replayed = null;
    replayedFailure = null;
    if (failure != null) {
      throw failure;
    }
    if (again != null) {
      return Optional.of(again);
    }
    skipPending();

    byte[] prefix = new byte[4];
    int got = in.readNBytes(prefix, 0, 4);
    if (got == 0) {
      return Optional.empty();
    }
    if (got < 4) {
      throw new FrameException(
          FrameException.Kind.TRUNCATED, "input ended inside a length prefix (" + got + " of 4)");
    }

    // Unsigned: a prefix such as FF FF FF 7F must be refused, not read as negative.
    long length =
        Integer.toUnsignedLong(ByteBuffer.wrap(prefix).order(ByteOrder.nativeOrder()).getInt());
    if (length > limit) {
      pendingSkip = length;
      throw new FrameException(
          FrameException.Kind.OVERSIZED, "frame length " + length + " exceeds limit " + limit);
    }

    byte[] payload = new byte[(int) length];
    int read = in.readNBytes(payload, 0, payload.length);
    if (read < payload.length) {
      throw new FrameException(
          FrameException.Kind.TRUNCATED,
          "input ended inside a frame (" + read + " of " + length + " bytes)");
    }
    return Optional.of(payload);
  }

  /**
   * The next frame as a JSON object, or empty when the input ended cleanly between frames.
   *
   * @throws FrameException for a truncated or oversized frame, invalid UTF-8 or a payload that is
   *     not one JSON object
   * @throws IOException when reading fails
   */
  public Optional<ObjectNode> readMessage() throws IOException {
    Optional<byte[]> payload = readPayload();
    if (payload.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = requireUtf8(payload.get());

    JsonNode node;
    try {
      node = mapper().readTree(bytes);
    } catch (JsonProcessingException e) {
      throw malformed(bytes, e);
    }
    if (node instanceof ObjectNode) {
      return Optional.of((ObjectNode) node);
    }
    throw notAnObject(bytes);
  }

  /**
   * The next frame, checked to be one JSON object, with its type and id read; or empty when the
   * input ended cleanly between frames. The payload is not decoded into characters: it is checked
   * as UTF-8 and walked once by a streaming parser that skips over values it does not need.
   *
   * @throws FrameException as {@link #readMessage()}
   * @throws IOException when reading fails
   */
  Optional<InboundFrame> readFrame() throws IOException {
    Optional<byte[]> payload = readPayload();
    if (payload.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = requireUtf8(payload.get());

    try (JsonParser parser = mapper().getFactory().createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notAnObject(bytes);
      }
      String type = "";
      String id = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value.isStructStart()) {
          parser.skipChildren();
        } else if (field.equals("type")) {
          type = value == JsonToken.VALUE_NULL ? "" : parser.getText();
        } else if (field.equals("id")) {
          id = value == JsonToken.VALUE_NULL ? null : parser.getText();
        }
      }
      if (parser.nextToken() != null) {
        throw notAnObject(bytes);
      }
      return Optional.of(new InboundFrame(bytes, type, id));
    } catch (JsonProcessingException e) {
      throw malformed(bytes, e);
    }
  }

  private byte[] requireUtf8(byte[] payload) throws FrameException {
    if (Utf8Check.isValid(payload)) {
      return payload;
    }
    throw new FrameException(
        FrameException.Kind.INVALID_UTF8,
        "frame of " + payload.length + " bytes is not valid UTF-8",
        lenientId(payload));
  }

  private static FrameException malformed(byte[] payload, JsonProcessingException e) {
    return new FrameException(
        FrameException.Kind.MALFORMED_JSON,
        "frame of " + payload.length + " bytes is not JSON (line " + line(e) + ")");
  }

  private static FrameException notAnObject(byte[] payload) {
    return new FrameException(
        FrameException.Kind.MALFORMED_JSON,
        "frame of " + payload.length + " bytes is JSON but not an object");
  }

  // Looked up when first needed, so that a reader that only reads payloads stays light.
  private static ObjectMapper mapper() {
    return WireJson.mapper();
  }

  /** The id of a message with invalid UTF-8 elsewhere, so that the error can name it. */
  private String lenientId(byte[] payload) {
    try {
      JsonNode node = mapper().readTree(new String(payload, StandardCharsets.UTF_8));
      JsonNode id = node == null ? null : node.get("id");
      return id != null && id.isValueNode() ? id.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private void skipPending() throws IOException {
    if (pendingSkip == 0) {
      return;
    }
    long remaining = pendingSkip;
    pendingSkip = 0;
    byte[] scratch = new byte[SKIP_BUFFER];
    while (remaining > 0) {
      int n = in.read(scratch, 0, (int) Math.min(scratch.length, remaining));
      if (n < 0) {
        throw new FrameException(
            FrameException.Kind.TRUNCATED,
            "input ended inside an oversized frame (" + remaining + " bytes missing)");
      }
      remaining -= n;
    }
  }
}
