package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads native messaging frames: a 32-bit length in native byte order, then that many bytes of
 * UTF-8 JSON.
 *
 * <p>Short reads are normal on a pipe, so every read loops until the frame is complete. The
 * declared length is checked against the limit before anything is allocated. An oversized frame is
 * reported first and its bytes skipped by the next call, so the stream resynchronises. Given a
 * {@link FrameSpool}, a frame of {@link #SPOOLED_FROM} bytes or more is copied to a file as it
 * arrives, checked as UTF-8 on the way, and parsed from there: it is never held whole. Not thread
 * safe: one thread reads.
 */
public final class FrameReader {

  /** Chromium's limit for a message from the browser to a host: 64 MiB. */
  public static final int BROWSER_TO_HOST_LIMIT = 64 * 1024 * 1024;

  /**
   * Frames from this size on are spooled. Below it a frame costs at most this much heap while it is
   * read, and the commit queue's 8 MiB bound holds two; the 2 KB and 200 KB captures of normal
   * traffic stay in memory, where they are read fastest. A file costs a write and a read of the
   * page cache, which against the browser's own copy of a 4 MiB message is small.
   */
  static final int SPOOLED_FROM = 4 * 1024 * 1024;

  private static final int SKIP_BUFFER = 64 * 1024;

  /** Frames are copied to their spool file in steps of this size. */
  private static final int SPOOL_STEP = 64 * 1024;

  private final InputStream in;
  private final int limit;
  private final @Nullable FrameSpool spool;
  private final int spooledFrom;
  private long pendingSkip;
  private @Nullable FrameBytes replayed;
  private @Nullable FrameException replayedFailure;

  /**
   * A reader of frames of at most {@code limit} bytes.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public FrameReader(InputStream in, int limit) {
    this(in, limit, null, SPOOLED_FROM);
  }

  /**
   * A reader of frames of at most {@code limit} bytes that spools those of {@code spooledFrom}
   * bytes or more to {@code spool}, when given, for {@link #readFrame()}.
   */
  FrameReader(InputStream in, int limit, @Nullable FrameSpool spool, int spooledFrom) {
    if (limit < 1) {
      throw new IllegalArgumentException("frame limit must be positive, was " + limit);
    }
    this.in = in;
    this.limit = limit;
    this.spool = spool;
    this.spooledFrom = spooledFrom;
  }

  /** The spool large frames are read into, when there is one. */
  Optional<FrameSpool> spool() {
    return Optional.ofNullable(spool);
  }

  /**
   * Makes the next read return {@code frame} again, for a frame a caller read and left to the code
   * that serves the rest of the stream.
   */
  void replay(FrameBytes frame) {
    replayed = frame;
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
    Optional<FrameBytes> frame = next(false);
    if (frame.isEmpty()) {
      return Optional.empty();
    }
    if (frame.get() instanceof FrameBytes.InMemory) {
      return Optional.of(((FrameBytes.InMemory) frame.get()).payload());
    }
    // A spooled frame replayed to a caller that wants the bytes in memory.
    FrameBytes.Spooled spooled = (FrameBytes.Spooled) frame.get();
    try {
      return Optional.of(Files.readAllBytes(spooled.file()));
    } finally {
      spooled.release();
    }
  }

  /**
   * The next frame's bytes, spooled when {@code maySpool} and the reader has a spool and the frame
   * is large; empty when the input ended cleanly between frames.
   *
   * @throws FrameException as {@link #readPayload()}
   * @throws IOException when reading fails, or writing the spool file does: the stream cannot be
   *     resynchronised then
   */
  Optional<FrameBytes> next(boolean maySpool) throws IOException {
    FrameBytes again = replayed;
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

    FrameSpool into = spool;
    if (maySpool && into != null && length >= spooledFrom) {
      return Optional.of(spooled(into, (int) length));
    }
    return Optional.of(new FrameBytes.InMemory(inMemory((int) length)));
  }

  private byte[] inMemory(int length) throws IOException {
    byte[] payload = new byte[length];
    int read = in.readNBytes(payload, 0, payload.length);
    if (read < payload.length) {
      throw truncated(read, length);
    }
    return payload;
  }

  /**
   * Copies the frame to a new spool file in steps, checking its UTF-8 as it goes. A file that
   * cannot be written leaves the stream inside the frame: the host cannot go on, and says why.
   */
  private FrameBytes spooled(FrameSpool into, int length) throws IOException {
    Path file;
    try {
      file = into.newFile();
    } catch (IOException e) {
      throw cannotSpool(into, length, e);
    }
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] step = new byte[SPOOL_STEP];
      Utf8StreamCheck utf8 = new Utf8StreamCheck();
      int copied = 0;
      while (copied < length) {
        int n = in.read(step, 0, Math.min(step.length, length - copied));
        if (n < 0) {
          throw truncated(copied, length);
        }
        utf8.feed(step, 0, n);
        write(out, step, n, into, length);
        copied += n;
      }
      kept = true;
      return new FrameBytes.Spooled(file, length, utf8.isValid());
    } finally {
      if (!kept) {
        FrameSpool.delete(file);
      }
    }
  }

  private static void write(OutputStream out, byte[] step, int n, FrameSpool into, int length)
      throws IOException {
    try {
      out.write(step, 0, n);
    } catch (IOException e) {
      throw cannotSpool(into, length, e);
    }
  }

  private static IOException cannotSpool(FrameSpool into, int length, IOException e) {
    return new IOException(
        "cannot copy a frame of "
            + length
            + " bytes to "
            + into.directory()
            + " ("
            + e.getMessage()
            + "): free some disk space or check that folder's permissions",
        e);
  }

  private static FrameException truncated(int read, int length) {
    return new FrameException(
        FrameException.Kind.TRUNCATED,
        "input ended inside a frame (" + read + " of " + length + " bytes)");
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
      throw malformed(bytes.length, e);
    }
    if (node instanceof ObjectNode) {
      return Optional.of((ObjectNode) node);
    }
    throw notAnObject(bytes.length);
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
    Optional<FrameBytes> next = next(true);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    FrameBytes frame = next.get();
    try {
      requireUtf8(frame);
      return Optional.of(typed(frame));
    } catch (IOException | RuntimeException e) {
      frame.release();
      throw e;
    }
  }

  /** The frame with its type and id, once it is known to be one JSON object. */
  private InboundFrame typed(FrameBytes frame) throws IOException {
    try (JsonParser parser = frame.parser(mapper().reader())) {
      Heading heading = heading(parser);
      if (heading == null) {
        throw notAnObject(frame.length());
      }
      return new InboundFrame(frame, heading.type(), heading.id());
    } catch (JsonProcessingException e) {
      throw malformed(frame.length(), e);
    }
  }

  /** A message's type ("" when it has none) and id. */
  private record Heading(String type, @Nullable String id) {}

  /**
   * The type and id of the one JSON object the parser reads, walked once with every other value
   * skipped; null when the input is not exactly one object.
   */
  private static @Nullable Heading heading(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
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
    return parser.nextToken() == null ? new Heading(type, id) : null;
  }

  private byte[] requireUtf8(byte[] payload) throws FrameException {
    if (Utf8Check.isValid(payload)) {
      return payload;
    }
    throw invalidUtf8(payload.length, lenientId(payload));
  }

  private void requireUtf8(FrameBytes frame) throws FrameException {
    if (frame instanceof FrameBytes.InMemory) {
      requireUtf8(((FrameBytes.InMemory) frame).payload());
      return;
    }
    FrameBytes.Spooled spooled = (FrameBytes.Spooled) frame;
    if (!spooled.utf8()) {
      throw invalidUtf8(spooled.length(), lenientId(spooled));
    }
  }

  private static FrameException invalidUtf8(int length, @Nullable String id) {
    return new FrameException(
        FrameException.Kind.INVALID_UTF8, "frame of " + length + " bytes is not valid UTF-8", id);
  }

  private static FrameException malformed(int length, JsonProcessingException e) {
    return new FrameException(
        FrameException.Kind.MALFORMED_JSON,
        "frame of " + length + " bytes is not JSON (line " + line(e) + ")");
  }

  private static FrameException notAnObject(int length) {
    return new FrameException(
        FrameException.Kind.MALFORMED_JSON,
        "frame of " + length + " bytes is JSON but not an object");
  }

  // Looked up when first needed, so that a reader that only reads payloads stays light.
  private static ObjectMapper mapper() {
    return WireJson.mapper();
  }

  /** The id of a message with invalid UTF-8 elsewhere, so that the error can name it. */
  private static @Nullable String lenientId(byte[] payload) {
    try {
      JsonNode node = mapper().readTree(new String(payload, StandardCharsets.UTF_8));
      JsonNode id = node == null ? null : node.get("id");
      return id != null && id.isValueNode() ? id.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * The id of a spooled message with invalid UTF-8 elsewhere, read as {@link #lenientId(byte[])}
   * reads it (malformed bytes replaced), but streaming: the frame is not built into a string.
   */
  private static @Nullable String lenientId(FrameBytes.Spooled frame) {
    try (Reader text = new InputStreamReader(frame.open(0), StandardCharsets.UTF_8);
        JsonParser parser = mapper().getFactory().createParser(text)) {
      Heading heading = heading(parser);
      return heading == null ? null : heading.id();
    } catch (IOException e) {
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
