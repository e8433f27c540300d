package dev.interceptor.adapter.installer;

/**
 * A file or registry operation of the installer failed. The message is one line naming the path or
 * key and what to do; the cause is kept.
 */
public class InstallerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InstallerException(String message, Throwable cause) {
    super(message, cause);
  }

  public InstallerException(String message) {
    super(message);
  }
}
