package dev.interceptor.core.port.out;

/** An export could not be written; the message names the destination, the cause is kept. */
public class ExportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
