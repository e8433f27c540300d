package dev.interceptor.app.cli;

/**
 * An expected failure a command reports to the user: a one-line message and its exit code, never a
 * stack trace.
 */
final class CliFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  CliFailure(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
