package dev.interceptor.core.port.out;

/**
 * The store could not do what was asked (damaged, locked or unreadable database, disk full). The
 * message is one line naming the file and the way to recover; the cause is kept.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
