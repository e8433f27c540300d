package dev.interceptor.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.nativemessaging.BridgeHost;
import dev.interceptor.adapter.nativemessaging.FrameException;
import dev.interceptor.adapter.nativemessaging.FrameReader;
import dev.interceptor.adapter.nativemessaging.FrameWriter;
import dev.interceptor.adapter.nativemessaging.HostStreams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A browser extension stand-in that speaks {@code docs/protocol.md} to a real bridge host: in
 * process over pipes, or as a child process started from a command line (such as the installed
 * launcher).
 *
 * <p>It sends {@code hello}, captures, cookie snapshots and changes, and raw bytes, and awaits
 * acks, settings and errors with time-outs. Every byte the host writes is kept, so a test can check
 * that stdout held nothing but frames. {@code chunk} frames are reassembled into the message they
 * carry. Sending is for one thread; awaiting may happen on another.
 */
public final class FakeExtension implements AutoCloseable {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final OutputStream toHost;
  private final FrameWriter frames;
  private final BlockingQueue<ObjectNode> received = new LinkedBlockingQueue<>();

  /** How often a wait looks whether the host's output has ended. */
  private static final long LOOK_AGAIN = TimeUnit.MILLISECONDS.toNanos(50);

  /** Set once the host's output has ended: nothing more will be received. */
  private volatile boolean outputEnded;

  private final ByteArrayOutputStream rawFromHost = new ByteArrayOutputStream();
  private final CompletableFuture<Integer> exit;
  private final @Nullable Process process;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final InputStream fromHost;
  private volatile @Nullable FrameException framingFailure;

  private FakeExtension(
      OutputStream toHost,
      InputStream fromHost,
      CompletableFuture<Integer> exit,
      @Nullable Process process) {
    this.toHost = toHost;
    this.fromHost = fromHost;
    this.frames = new FrameWriter(toHost, FrameReader.BROWSER_TO_HOST_LIMIT);
    this.exit = exit;
    this.process = process;
    daemon("fake-extension-reader", this::readAll).start();
  }

  /**
   * Starts a host in this process; {@code hostFactory} builds it over the given streams (the
   * extension's side of two pipes).
   */
  public static FakeExtension inProcess(Function<HostStreams, BridgeHost> hostFactory) {
    try {
      Pipe in = Pipe.open();
      Pipe out = Pipe.open();
      BridgeHost host =
          hostFactory.apply(
              new HostStreams(
                  Channels.newInputStream(in.source()), Channels.newOutputStream(out.sink())));
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      daemon("fake-extension-host", () -> exit.complete(host.run())).start();
      return new FakeExtension(
          Channels.newOutputStream(in.sink()), Channels.newInputStream(out.source()), exit, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open pipes for an in-process host", e);
    }
  }

  /**
   * Starts the host as a child process, as a browser would: {@code command} is the program and its
   * arguments (for a Chromium browser, the last is the caller's origin); {@code environment} is
   * added to this process's environment.
   */
  public static FakeExtension launch(List<String> command, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      FakeExtension extension =
          new FakeExtension(
              process.getOutputStream(),
              process.getInputStream(),
              process.onExit().thenApply(Process::exitValue),
              process);
      daemon("fake-extension-stderr", () -> extension.copyStderr(process.getErrorStream())).start();
      return extension;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the host: " + command.get(0), e);
    }
  }

  /** Sends {@code hello} for protocol version 1. */
  public void hello(String browser, String profile) {
    ObjectNode hello = JSON.createObjectNode();
    hello.put("type", "hello").put("protocolVersion", 1).put("extensionVersion", "0.0.0-test");
    hello.put("browser", browser).put("profile", profile);
    send(hello);
  }

  /** A minimal valid capture message; callers may add fields before sending it. */
  public static ObjectNode capture(String id, String url, String method) {
    ObjectNode capture = JSON.createObjectNode();
    capture.put("type", "capture").put("id", id).put("time", System.currentTimeMillis());
    capture.put("url", url).put("method", method).put("resourceType", "xmlhttprequest");
    capture.put("tabId", 1);
    capture.putArray("requestHeaders");
    return capture;
  }

  /** A cookie in the shape of {@code chrome.cookies.Cookie}. */
  public static ObjectNode cookie(String name, String value, String domain) {
    ObjectNode cookie = JSON.createObjectNode();
    cookie.put("name", name).put("value", value).put("domain", domain);
    cookie.put("hostOnly", !domain.startsWith(".")).put("path", "/").put("storeId", "0");
    return cookie;
  }

  /** Sends a snapshot of one sync domain. */
  public void sendSnapshot(String id, String domain, List<ObjectNode> cookies) {
    ObjectNode snapshot = JSON.createObjectNode();
    snapshot.put("type", "cookies.snapshot").put("id", id).put("domain", domain);
    snapshot.put("storeId", "0");
    snapshot.putArray("cookies").addAll(cookies);
    send(snapshot);
  }

  /** Sends one cookie change event. */
  public void sendCookieChange(String id, ObjectNode cookie, boolean removed, String cause) {
    ObjectNode change = JSON.createObjectNode();
    change.put("type", "cookies.changed").put("id", id).put("removed", removed);
    change.put("cause", cause).set("cookie", cookie);
    send(change);
  }

  /** Sends one message as a frame. */
  public void send(ObjectNode message) {
    try {
      sendFrame(JSON.writeValueAsBytes(message));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("message cannot be serialised", e);
    }
  }

  /** Sends a payload as one frame, whatever its bytes (invalid UTF-8, broken JSON). */
  public void sendFrame(byte[] payload) {
    try {
      frames.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException("the host stopped reading", e);
    }
  }

  /** Sends bytes as they are, without a length prefix. */
  public void sendRaw(byte[] bytes) {
    try {
      toHost.write(bytes);
      toHost.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the host stopped reading", e);
    }
  }

  /** The next message of {@code type}; messages of other types before it are passed over. */
  public ObjectNode await(String type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      ObjectNode next = poll(deadline);
      if (next == null) {
        throw new AssertionError("no '" + type + "' message from the host " + why(timeout));
      }
      if (next.path("type").asText().equals(type)) {
        return next;
      }
    }
  }

  /**
   * Waits until every id in {@code ids} has been acknowledged.
   *
   * @return the ids among them the host reported as dropped
   * @throws AssertionError when the host sends an error for one of them or time runs out
   */
  public Set<String> awaitAcks(Collection<String> ids, Duration timeout) {
    Set<String> left = new HashSet<>(ids);
    Set<String> dropped = new HashSet<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!left.isEmpty()) {
      ObjectNode next = poll(deadline);
      if (next == null) {
        throw new AssertionError(left.size() + " messages not acknowledged " + why(timeout));
      }
      String type = next.path("type").asText();
      if (type.equals("ack")) {
        next.path("ids").forEach(id -> left.remove(id.asText()));
        next.path("dropped").forEach(id -> dropped.add(id.asText()));
      } else if (type.equals("error") && left.contains(next.path("id").asText())) {
        throw new AssertionError("host refused " + next.path("id").asText() + ": " + next);
      }
    }
    dropped.retainAll(ids);
    return dropped;
  }

  /** Closes the host's input: the host reads end of input, as when the port closes. */
  public void closeInput() {
    try {
      toHost.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the extension's end of the host's output, so that the host's next write fails. */
  public void closeOutput() {
    try {
      fromHost.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The host's exit status. */
  public int awaitExit(Duration timeout) {
    try {
      return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the host did not exit within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("the host failed", e.getCause());
    }
  }

  /** Every byte the host has written to its output so far. */
  public byte[] receivedBytes() {
    synchronized (rawFromHost) {
      return rawFromHost.toByteArray();
    }
  }

  /** What the host's output held that was not a frame, if anything. */
  public Optional<FrameException> framingFailure() {
    return Optional.ofNullable(framingFailure);
  }

  /** What a child host wrote on stderr so far; empty for an in-process host. */
  public String stderr() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  /** Closes the host's input and, for a child process, kills it if it is still running. */
  @Override
  public void close() {
    try {
      toHost.close();
    } catch (IOException e) {
      // Already closed by the test or by the host's exit.
    }
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /**
   * The next message, or null once the deadline has passed or the host's output has ended with
   * nothing left to take: a host that died is reported at once, not after the whole wait.
   */
  private @Nullable ObjectNode poll(long deadline) {
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        ObjectNode next =
            received.poll(Math.max(0, Math.min(left, LOOK_AGAIN)), TimeUnit.NANOSECONDS);
        if (next != null) {
          return next;
        }
        if (left <= 0 || outputEnded && received.isEmpty()) {
          return null;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Why nothing came: the host ended its output, with what it wrote on stderr, or the wait. */
  private String why(Duration timeout) {
    if (!outputEnded) {
      return "within " + timeout;
    }
    String err = stderr().strip();
    return "before the host ended its output" + (err.isEmpty() ? "" : "; its stderr: " + err);
  }

  private void readAll() {
    FrameReader reader =
        new FrameReader(new TeeStream(fromHost), FrameWriter.HOST_TO_BROWSER_LIMIT);
    ChunkAssembler chunks = new ChunkAssembler(JSON);
    try {
      while (true) {
        Optional<ObjectNode> next = reader.readMessage();
        if (next.isEmpty()) {
          return;
        }
        chunks.accept(next.get()).ifPresent(received::add);
      }
    } catch (FrameException e) {
      framingFailure = e;
    } catch (IOException e) {
      // The output was closed: nothing more will come.
    } finally {
      outputEnded = true;
    }
  }

  private void copyStderr(InputStream err) {
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = err.read(buffer)) > 0) {
        synchronized (stderr) {
          stderr.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // The process ended.
    }
  }

  private static Thread daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Keeps a copy of every byte read. */
  private final class TeeStream extends InputStream {

    private final InputStream in;

    TeeStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        synchronized (rawFromHost) {
          rawFromHost.write(b);
        }
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        synchronized (rawFromHost) {
          rawFromHost.write(b, off, n);
        }
      }
      return n;
    }
  }
}
