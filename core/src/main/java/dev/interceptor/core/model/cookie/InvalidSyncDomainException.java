package dev.interceptor.core.model.cookie;

/** A sync domain entry was refused; the message says what was wrong and what to type instead. */
public final class InvalidSyncDomainException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidSyncDomainException(String message) {
    super(message);
  }
}
