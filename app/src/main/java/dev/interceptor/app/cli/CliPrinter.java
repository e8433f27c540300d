package dev.interceptor.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Everything the command line prints goes through here; it is the only CLI class that touches the
 * standard streams. Results go to stdout, errors to stderr, each line flushed at once.
 *
 * <p>Colour is used only when stdout is a terminal, {@code TERM} is not {@code dumb}, and {@code
 * NO_COLOR} is unset or empty (no-color.org). Not thread-safe: one command prints at a time.
 */
public final class CliPrinter {

  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final OutputStream rawOut;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;

  /** A printer on the given streams, which it never closes. */
  public CliPrinter(OutputStream out, OutputStream err, boolean color) {
    this.rawOut = out;
    this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    this.color = color;
  }

  /** A printer on the process's stdout and stderr, with colour decided from {@code env}. */
  public static CliPrinter standard(Map<String, String> env) {
    boolean terminal = System.console() != null;
    return new CliPrinter(System.out, System.err, terminal && colorAllowed(env));
  }

  /** False when {@code NO_COLOR} is set to a non-empty value or the terminal is dumb. */
  static boolean colorAllowed(Map<String, String> env) {
    String noColor = env.getOrDefault("NO_COLOR", "");
    return noColor.isEmpty() && !"dumb".equals(env.get("TERM"));
  }

  /** The writer for results; picocli prints help here too. */
  public PrintWriter out() {
    return out;
  }

  /** The writer for diagnostics; picocli prints usage errors here too. */
  public PrintWriter err() {
    return err;
  }

  public boolean color() {
    return color;
  }

  /** Prints one line of results. */
  public void line(String text) {
    out.println(text);
    out.flush();
  }

  /** Prints one error line: what went wrong and what to do about it. */
  public void error(String message) {
    err.println("interceptor: " + paint(RED, "error") + ": " + message);
    err.flush();
  }

  /** Prints one line of information on stderr, so that stdout keeps only the results. */
  public void note(String message) {
    err.println("interceptor: " + message);
    err.flush();
  }

  /**
   * Stdout for bytes (an export, a response body), after what was printed as text. Closing the
   * stream flushes it and leaves stdout open.
   */
  public OutputStream bytes() {
    out.flush();
    return new KeepOpen(rawOut);
  }

  /** Prints a stack trace, for {@code --debug}. */
  public void stackTrace(Throwable failure) {
    failure.printStackTrace(err);
    err.flush();
  }

  String bold(String text) {
    return paint(BOLD, text);
  }

  String good(String text) {
    return paint(GREEN, text);
  }

  String dim(String text) {
    return paint(DIM, text);
  }

  String bad(String text) {
    return paint(RED, text);
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  /** Passes bytes through in blocks and flushes instead of closing. */
  private static final class KeepOpen extends FilterOutputStream {

    KeepOpen(OutputStream target) {
      super(target);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
