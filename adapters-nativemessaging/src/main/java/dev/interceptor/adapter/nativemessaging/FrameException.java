package dev.interceptor.adapter.nativemessaging;

import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A frame that could not be read as one JSON message. {@link #kind()} says what was wrong and
 * {@link #recoverable()} whether the stream is still positioned at the next frame.
 */
public final class FrameException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What was wrong with the frame. */
  public enum Kind {
    /** The input ended inside a length prefix or a payload: the stream cannot continue. */
    TRUNCATED(false, "truncated_frame"),
    /** The declared length is over the limit; its bytes are skipped by the next read. */
    OVERSIZED(true, "frame_too_large"),
    /** The payload is not valid UTF-8. */
    INVALID_UTF8(true, "invalid_utf8"),
    /** The payload is not one JSON object. */
    MALFORMED_JSON(true, "malformed_json");

    private final boolean recoverable;
    private final String code;

    Kind(boolean recoverable, String code) {
      this.recoverable = recoverable;
      this.code = code;
    }

    /** The protocol's error code for this kind. */
    public String code() {
      return code;
    }
  }

  private final Kind kind;
  private final @Nullable String messageId;

  FrameException(Kind kind, String message) {
    this(kind, message, null);
  }

  FrameException(Kind kind, String message, @Nullable String messageId) {
    super(message);
    this.kind = kind;
    this.messageId = messageId;
  }

  public Kind kind() {
    return kind;
  }

  /** True when the next frame can still be read. */
  public boolean recoverable() {
    return kind.recoverable;
  }

  /** The {@code id} of the refused message, when it could be recovered without its payload. */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }
}
