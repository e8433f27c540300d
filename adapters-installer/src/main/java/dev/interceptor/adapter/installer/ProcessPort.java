package dev.interceptor.adapter.installer;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Starts the host as a browser would, with pipes for stdin and stdout. */
public interface ProcessPort {

  /** Child processes of this JVM. */
  static ProcessPort local() {
    return new LocalProcesses();
  }

  /**
   * Starts the command in the folder.
   *
   * @throws InstallerException when the process cannot be started
   */
  RunningProcess start(List<String> command, String workingDir);

  /** A started process; closing it closes its stdin, waits briefly, then kills it. */
  interface RunningProcess extends AutoCloseable {

    /** The process's stdin. */
    OutputStream stdin();

    /** The process's stdout. */
    InputStream stdout();

    /** The last lines the process wrote to stderr so far, joined by newlines. */
    String stderrTail();

    /** The exit code, waiting at most the given milliseconds; -1 while still running. */
    int exitCode(long waitMillis);

    @Override
    void close();
  }
}
