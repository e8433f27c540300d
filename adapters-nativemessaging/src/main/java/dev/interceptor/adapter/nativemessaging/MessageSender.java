package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.adapter.nativemessaging.Outbound.ChunkFrame;
import dev.interceptor.adapter.nativemessaging.Outbound.ErrorMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends host messages as frames, splitting one over the frame limit into {@code chunk} frames. A
 * failed write means the browser is gone: the sender marks itself broken, tells its owner once, and
 * drops every later message.
 */
final class MessageSender {

  private static final Logger LOG = LoggerFactory.getLogger(MessageSender.class);

  /** Characters per chunk: even at six bytes per escaped character a chunk stays under 1 MiB. */
  static final int CHUNK_CHARS = 128 * 1024;

  private final FrameWriter writer;
  private final Runnable onBroken;
  private final ObjectMapper mapper = WireJson.mapper();
  private final AtomicLong chunkIds = new AtomicLong();
  private boolean broken;

  MessageSender(FrameWriter writer, Runnable onBroken) {
    this.writer = writer;
    this.onBroken = onBroken;
  }

  /** Sends one message; returns false when the stream is broken and the message was dropped. */
  synchronized boolean send(Object message) {
    if (broken) {
      return false;
    }
    byte[] payload = serialize(message);
    try {
      if (payload.length <= writer.limit()) {
        writer.write(payload);
      } else {
        sendChunked(payload);
      }
      return true;
    } catch (IOException e) {
      broken = true;
      LOG.debug("the browser closed the host's output: {}", e.getMessage());
      onBroken.run();
      return false;
    }
  }

  boolean error(String code, String reason, @Nullable String messageId) {
    return send(new ErrorMessage(code, reason, messageId));
  }

  synchronized boolean isBroken() {
    return broken;
  }

  /** Closes the output; the browser then reads end of input. */
  synchronized void close() {
    try {
      writer.close();
    } catch (IOException e) {
      LOG.debug("closing the host's output failed: {}", e.getMessage());
    }
  }

  private void sendChunked(byte[] payload) throws IOException {
    List<String> pieces = split(new String(payload, StandardCharsets.UTF_8));
    String id = "x" + chunkIds.incrementAndGet();
    List<byte[]> frames = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      byte[] frame = serialize(new ChunkFrame(id, i, pieces.size(), pieces.get(i)));
      if (frame.length > writer.limit()) {
        writer.write(
            serialize(new ErrorMessage("reply_too_large", "a reply could not be chunked", null)));
        return;
      }
      frames.add(frame);
    }
    for (byte[] frame : frames) {
      writer.write(frame);
    }
  }

  /** Cuts text into pieces of at most {@link #CHUNK_CHARS}, never inside a surrogate pair. */
  static List<String> split(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + CHUNK_CHARS);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      pieces.add(text.substring(start, end));
      start = end;
    }
    return pieces;
  }

  private byte[] serialize(Object message) {
    try {
      return mapper.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise " + message.getClass().getSimpleName(), e);
    }
  }
}
