package dev.interceptor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.nativemessaging.FrameReader;
import dev.interceptor.adapter.nativemessaging.FrameWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a capture frame into a JSON object, and writing a frame, as the host does per message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameCodecBenchmark {

  @Param({"2048", "204800"})
  public int size;

  private byte[] frame = new byte[0];
  private byte[] payload = new byte[0];
  private FrameWriter writer = new FrameWriter(OutputStream.nullOutputStream(), 1);

  @Setup
  public void prepare() throws IOException {
    payload = Captures.json("bench-1", size);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new FrameWriter(bytes, FrameReader.BROWSER_TO_HOST_LIMIT).write(payload);
    frame = bytes.toByteArray();
    writer = new FrameWriter(OutputStream.nullOutputStream(), FrameReader.BROWSER_TO_HOST_LIMIT);
  }

  @Benchmark
  public ObjectNode readCaptureFrame() throws IOException {
    FrameReader reader =
        new FrameReader(new ByteArrayInputStream(frame), FrameReader.BROWSER_TO_HOST_LIMIT);
    return reader.readMessage().orElseThrow();
  }

  @Benchmark
  public void writeFrame() throws IOException {
    writer.write(payload);
  }
}
