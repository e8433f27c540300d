package dev.interceptor.adapter.nativemessaging;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Reserves the process's standard input and output for native messaging frames.
 *
 * <p>{@link #takeOver()} hands the real stdin and stdout to the host and replaces {@code
 * System.out} with a stream that refuses every write: it reports the attempt on stderr and throws,
 * so a library that prints cannot corrupt a frame. {@code System.in} is replaced by an empty
 * stream. Output the JVM writes to file descriptor 1 itself (such as {@code -Xlog} without a file)
 * cannot be caught here; the launcher must not ask for it.
 */
public final class StandardStreams {

  private StandardStreams() {}

  /** Takes stdin and stdout for the host; call once, before anything else may print. */
  public static synchronized HostStreams takeOver() {
    System.out.flush();
    PrintStream stderr = System.err;
    System.setOut(new PrintStream(new RefusingStream(stderr), true, StandardCharsets.UTF_8));
    System.setIn(new ByteArrayInputStream(new byte[0]));

    // Buffered so a frame's prefix and payload leave in one write; the frame writer flushes.
    return new HostStreams(
        new BufferedInputStream(
            StackSizedTransfers.reads(new FileInputStream(FileDescriptor.in)),
            StackSizedTransfers.LIMIT),
        new BufferedOutputStream(
            StackSizedTransfers.writes(new FileOutputStream(FileDescriptor.out)),
            StackSizedTransfers.LIMIT));
  }

  /** What {@code System.out} becomes: every write is reported on stderr and refused. */
  private static final class RefusingStream extends OutputStream {

    private final PrintStream stderr;

    RefusingStream(PrintStream stderr) {
      this.stderr = stderr;
    }

    @Override
    public void write(int b) {
      refuse(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      refuse(len);
    }

    private void refuse(int length) {
      IllegalStateException e =
          new IllegalStateException(
              "System.out is reserved for native messaging frames; refused " + length + " bytes");
      stderr.println(e.getMessage() + " written from " + caller(e));
      throw e;
    }

    private static String caller(Throwable e) {
      for (StackTraceElement frame : e.getStackTrace()) {
        String cls = frame.getClassName();
        if (!cls.startsWith("java.") && !cls.startsWith(StandardStreams.class.getName())) {
          return frame.toString();
        }
      }
      return "(unknown)";
    }
  }
}
