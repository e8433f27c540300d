package dev.interceptor.adapter.nativemessaging;

import org.jspecify.annotations.Nullable;

/** A message the host refuses: answered with an {@code error} frame, the host carries on. */
final class BadMessageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final @Nullable String messageId;

  BadMessageException(String code, String reason, @Nullable String messageId) {
    super(reason);
    this.code = code;
    this.messageId = messageId;
  }

  static BadMessageException badField(String reason, @Nullable String messageId) {
    return new BadMessageException("bad_field", reason, messageId);
  }

  String code() {
    return code;
  }

  @Nullable String messageId() {
    return messageId;
  }
}
