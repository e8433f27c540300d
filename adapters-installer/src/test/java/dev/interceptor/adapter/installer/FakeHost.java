package dev.interceptor.adapter.installer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for the real host, started through the real launcher: checks its arguments, answers
 * one {@code hello} with {@code welcome} and exits at end of input. With {@code fail} as the
 * origin's replacement it writes one stderr line and exits 3.
 */
public final class FakeHost {

  private FakeHost() {}

  public static void main(String[] args) throws IOException {
    PrintStream stderr = System.err;
    if (args.length < 2 || !args[0].equals("host")) {
      stderr.println("fake host: expected 'host <origin>', got " + String.join(" ", args));
      System.exit(2);
    }
    if (args[1].contains("ppppp")) {
      stderr.println("fake host: origin " + args[1] + " is not allowed");
      System.exit(3);
    }
    InputStream in = System.in;
    byte[] hello = readFrame(in);
    if (!new String(hello, StandardCharsets.UTF_8).contains("\"type\":\"hello\"")) {
      stderr.println("fake host: first frame is not hello");
      System.exit(4);
    }
    writeFrame(System.out, "{\"type\":\"welcome\",\"protocolVersion\":1}");
    while (in.read() >= 0) {
      // Serve until the browser closes the port.
    }
  }

  private static byte[] readFrame(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] prefix = new byte[4];
    data.readFully(prefix);
    int length = ByteBuffer.wrap(prefix).order(ByteOrder.nativeOrder()).getInt();
    byte[] payload = new byte[length];
    data.readFully(payload);
    return payload;
  }

  private static void writeFrame(OutputStream out, String json) throws IOException {
    byte[] payload = json.getBytes(StandardCharsets.UTF_8);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(payload.length).array());
    out.write(payload);
    out.flush();
  }
}
