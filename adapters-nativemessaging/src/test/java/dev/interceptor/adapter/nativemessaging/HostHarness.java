package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Runs a {@link BridgeHost} on a thread over pipes and reads every frame it writes. */
final class HostHarness implements AutoCloseable {

  final InMemoryPorts memory;
  final OutputStream toHost;
  final FrameWriter frames;
  final BlockingQueue<ObjectNode> received = new LinkedBlockingQueue<>();
  final ByteArrayOutputStream rawFromHost = new ByteArrayOutputStream();
  final CompletableFuture<Integer> exit = new CompletableFuture<>();
  volatile @Nullable FrameException readFailure;
  final BridgeHost host;

  HostHarness(InMemoryPorts memory, List<String> args) throws IOException {
    this(memory, args, null);
  }

  HostHarness(InMemoryPorts memory, List<String> args, @Nullable OutputStream hostOut)
      throws IOException {
    this(memory, args, hostOut, null);
  }

  /** A host that reads large frames into {@code spool}, when given. */
  HostHarness(
      InMemoryPorts memory,
      List<String> args,
      @Nullable OutputStream hostOut,
      @Nullable FrameSpool spool)
      throws IOException {
    this.memory = memory;
    Pipe in = Pipe.open();
    Pipe out = Pipe.open();
    this.toHost = Channels.newOutputStream(in.sink());
    this.frames = new FrameWriter(toHost, FrameReader.BROWSER_TO_HOST_LIMIT);
    InputStream fromHost = Channels.newInputStream(out.source());
    OutputStream hostSide = hostOut != null ? hostOut : Channels.newOutputStream(out.sink());
    HostOptions options =
        new HostOptions(
            "9.9.9", 500, Duration.ofMillis(50), Duration.ofMillis(100), 4_096, 16L << 20);
    host =
        new BridgeHost(
            memory.ports(),
            LaunchArguments.parse(args),
            HostHandover.fresh(
                new HostStreams(Channels.newInputStream(in.source()), hostSide), null, spool),
            options);
    Thread runner = new Thread(() -> exit.complete(host.run()), "test-host");
    runner.setDaemon(true);
    runner.start();
    Thread reader = new Thread(() -> readAll(fromHost), "test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static HostHarness allowed(InMemoryPorts memory) throws IOException {
    return new HostHarness(
        memory, List.of("chrome-extension://" + InMemoryPorts.EXTENSION_ID + "/"));
  }

  void send(String json) throws IOException {
    frames.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  void sendRaw(byte[] bytes) throws IOException {
    toHost.write(bytes);
    toHost.flush();
  }

  void closeInput() throws IOException {
    toHost.close();
  }

  /** The next message of {@code type}, skipping others; fails after {@code timeout}. */
  ObjectNode await(String type, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      ObjectNode next = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new AssertionError("no " + type + " message within " + timeout);
      }
      if (next.path("type").asText().equals(type)) {
        return next;
      }
    }
  }

  ObjectNode await(String type) throws InterruptedException {
    return await(type, Duration.ofSeconds(5));
  }

  int exitCode(Duration timeout) throws Exception {
    return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void readAll(InputStream fromHost) {
    InputStream tee =
        new InputStream() {
          @Override
          public int read() throws IOException {
            int b = fromHost.read();
            if (b >= 0) {
              rawFromHost.write(b);
            }
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = fromHost.read(b, off, len);
            if (n > 0) {
              rawFromHost.write(b, off, n);
            }
            return n;
          }
        };
    FrameReader reader = new FrameReader(tee, FrameWriter.HOST_TO_BROWSER_LIMIT);
    try {
      while (true) {
        Optional<ObjectNode> next = reader.readMessage();
        if (next.isEmpty()) {
          return;
        }
        received.add(next.get());
      }
    } catch (FrameException e) {
      readFailure = e;
    } catch (IOException e) {
      // The pipe closed: nothing more will come.
    }
  }

  @Override
  public void close() throws IOException {
    toHost.close();
  }
}
