package dev.interceptor.adapter.installer;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child processes through {@link ProcessBuilder}. */
final class LocalProcesses implements ProcessPort {

  @Override
  public RunningProcess start(List<String> command, String workingDir) {
    try {
      Process process = new ProcessBuilder(command).directory(new File(workingDir)).start();
      return new Running(process);
    } catch (IOException e) {
      throw new InstallerException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  /** A child whose stderr is drained by a daemon thread so that it can never block. */
  private static final class Running implements RunningProcess {

    private static final int TAIL_LINES = 5;

    private final Process process;
    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread drain;

    Running(Process process) {
      this.process = process;
      this.drain = new Thread(this::drainStderr, "doctor-host-stderr");
      drain.setDaemon(true);
      drain.start();
    }

    @Override
    public OutputStream stdin() {
      return process.getOutputStream();
    }

    @Override
    public InputStream stdout() {
      return process.getInputStream();
    }

    @Override
    public String stderrTail() {
      synchronized (tail) {
        return String.join("\n", tail);
      }
    }

    @Override
    public int exitCode(long waitMillis) {
      try {
        if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
          return -1;
        }
        // Let the drain read the last lines the process wrote before it exited.
        drain.join(500);
        return process.exitValue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
      } catch (IOException alreadyGone) {
        // A host that already exited closed the pipe itself.
      }
      // End of input asks the host to exit; give it a moment before killing it.
      if (exitCode(2_000) < 0) {
        process.destroyForcibly();
        exitCode(2_000);
      }
    }

    private void drainStderr() {
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
              tail.removeFirst();
            }
          }
        }
      } catch (IOException closed) {
        // The process ended; the lines read so far are the tail.
      }
    }
  }
}
