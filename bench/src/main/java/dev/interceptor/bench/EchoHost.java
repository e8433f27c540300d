package dev.interceptor.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The ceiling for a host: a child process that reads each frame whole and answers it with a small
 * {@code ack} naming its position ("0", "1", ...), without parsing or storing anything. The first
 * frame (hello) is answered with {@code welcome}.
 */
public final class EchoHost {

  private EchoHost() {}

  public static void main(String[] args) throws IOException {
    InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);

    try {
      Frames.read(in);
      Frames.write(out, "{\"type\":\"welcome\",\"protocolVersion\":1}");
      long position = 0;
      while (true) {
        Frames.read(in);
        Frames.write(out, "{\"type\":\"ack\",\"ids\":[\"" + position++ + "\"]}");
      }
    } catch (EOFException e) {
      out.flush();
    }
  }
}
