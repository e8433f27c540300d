package dev.interceptor.app.cli;

/** The exit codes of {@code interceptor}, as {@code --help} and the README list them. */
public enum ExitCode {
  OK(0, "success"),
  FAILURE(1, "unexpected error (rerun with --debug for the stack trace)"),
  USAGE(2, "invalid command line or input"),
  STORE(3, "the store could not be read or written"),
  NOT_FOUND(4, "what was named (a capture, a collection, the store) does not exist"),
  OUTPUT(5, "a file could not be written"),
  REQUEST(6, "the request could not be sent or got no response (replay, send)"),
  PROBLEM(7, "install, uninstall or doctor found a problem; the output says how to fix it");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
