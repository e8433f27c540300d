package dev.interceptor.core.port.out;

/**
 * A file could not be imported: it is unreadable, not of the expected format, or damaged. The
 * message is one line naming the file and what is wrong with it; the cause, if any, is kept.
 */
public class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ImportException(String message) {
    super(message);
  }
}
