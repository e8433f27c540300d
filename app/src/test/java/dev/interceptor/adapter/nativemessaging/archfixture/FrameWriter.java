package dev.interceptor.adapter.nativemessaging.archfixture;

import java.io.PrintStream;

/** Allowed to take stdout: it is a frame writer in the native messaging adapter. */
public final class FrameWriter {

  public PrintStream stdout() {
    return System.out;
  }
}
