package dev.interceptor.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.testkit.FakeExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (2) Throughput and (3) peak memory: the fake extension pushes captures through the packaged host
 * (a child process, started as a browser starts it) into its real store and waits for every
 * acknowledgement. Beside it, in the same run: the ceiling of a host that only reads each frame and
 * acknowledges it ({@link EchoHost}), and the store's own batched inserts in process.
 *
 * <p>Arguments: the launcher `interceptor install` wrote for the packaged host, the extension id,
 * the java program and class path for the echo host, a work folder, the results folder.
 */
public final class Throughput {

  private static final Duration PATIENCE = Duration.ofMinutes(10);
  private static final Duration REFUSAL = Duration.ofSeconds(60);
  private static final int BIG = 64 * 1024 * 1024 - 1024;
  private static final int BATCH = 100;
  private static final int SUSTAINED = 100_000;

  private Throughput() {}

  public static void main(String[] args) throws Exception {
    String launcher = args[0];
    String extensionId = args[1];
    List<String> echo =
        List.of(
            args[2],
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            args[3],
            EchoHost.class.getName());
    Path work = Path.of(args[4]);
    List<String> host = List.of(launcher, "chrome-extension://" + extensionId + "/");
    boolean onlyBig = args.length > 6 && args[6].equals("64MiB");
    Results results = new Results(onlyBig ? "memory-64MiB" : "throughput");

    int[][] runs = onlyBig ? new int[0][] : new int[][] {{2 * 1024, 20_000}, {200 * 1024, 1_000}};
    for (int[] run : runs) {
      int size = run[0];
      int count = run[1];
      List<byte[]> captures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        captures.add(Captures.json(Integer.toString(i), size));
      }
      ObjectNode section = results.section(size / 1024 + "KB");
      section.put("messages", count);

      Path echoWork = fresh(work, "echo-" + size);
      push(results, section.putObject("echoCeiling"), echo, echoWork, captures, size);

      Path hostWork = fresh(work, "host-" + size);
      Hosts.captureEverything(hostWork, extensionId);
      push(results, section.putObject("packagedHost"), host, hostWork, captures, size);

      inserts(results, section.putObject("storeInserts"), fresh(work, "store-" + size), run);
    }

    if (!onlyBig) {
      // The same 2 KB captures five times longer, through the host alone: its start after welcome
      // and its compiler's warm-up weigh less, which shows the rate it keeps up.
      List<byte[]> captures = new ArrayList<>(SUSTAINED);
      for (int i = 0; i < SUSTAINED; i++) {
        captures.add(Captures.json(Integer.toString(i), 2 * 1024));
      }
      ObjectNode section = results.section("2KBSustained");
      section.put("messages", SUSTAINED);
      Path hostWork = fresh(work, "host-sustained");
      Hosts.captureEverything(hostWork, extensionId);
      push(results, section.putObject("packagedHost"), host, hostWork, captures, 2 * 1024);
    }

    for (String form : List.of("text", "base64")) {
      Path bigWork = fresh(work, "host-64MiB-" + form);
      Hosts.captureEverything(bigWork, extensionId);
      ObjectNode section = results.section(form.equals("text") ? "64MiB" : "64MiBBase64");
      section.put("peakRssIdleMiB", idlePeak(host, bigWork));
      List<byte[]> big = List.of(Captures.json("big", BIG, form));
      push(results, section, host, bigWork, big, BIG);
    }

    results.write(Path.of(args[5]));
  }

  /**
   * The host's peak RSS in MiB once it has answered hello and a ping, before any capture: the floor
   * under its peak with a capture.
   */
  private static double idlePeak(List<String> command, Path work) {
    try (FakeExtension extension = FakeExtension.launch(command, Hosts.environment(work))) {
      extension.hello("chrome", "bench");
      extension.await("welcome", PATIENCE);
      // Pong comes from the fully started host (store open), not from its early hello.
      extension.send(JsonNodeFactory.instance.objectNode().put("type", "ping").put("id", "p"));
      extension.await("pong", PATIENCE);
      double peak = Results.round(PeakMemory.childrenKib() / 1024.0);
      extension.closeInput();
      extension.awaitExit(PATIENCE);
      return peak;
    }
  }

  /** Sends every capture, waits for all acks, and records rate and the host's peak memory. */
  private static void push(
      Results results,
      ObjectNode section,
      List<String> command,
      Path work,
      List<byte[]> captures,
      int size)
      throws InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < captures.size(); i++) {
      ids.add(captures.size() == 1 ? "big" : Integer.toString(i));
    }

    try (FakeExtension extension = FakeExtension.launch(command, Hosts.environment(work))) {
      extension.hello("chrome", "bench");
      extension.await("welcome", PATIENCE);

      long start = System.nanoTime();
      Thread sender = Hosts.sendAll(extension, captures);
      Set<String> dropped;
      try {
        dropped = extension.awaitAcks(ids, captures.size() == 1 ? REFUSAL : PATIENCE);
      } catch (AssertionError refused) {
        // The host answered with an error that names no message id, or not at all.
        long peakKib = PeakMemory.childrenKib();
        section.put("acknowledged", false).put("peakRssMiB", Results.round(peakKib / 1024.0));
        results.print(
            String.format(
                "%d message(s) of %d bytes NOT acknowledged (%s); peak RSS %.1f MiB",
                captures.size(), size, refused.getMessage(), peakKib / 1024.0));
        return;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      sender.join();
      long peakKib = PeakMemory.childrenKib();
      extension.closeInput();
      extension.awaitExit(PATIENCE);

      double perSecond = captures.size() / seconds;
      double megabytes = (double) captures.size() * size / (1024 * 1024) / seconds;
      section.put("seconds", Results.round(seconds * 1000) / 1000);
      section.put("messagesPerSecond", Math.round(perSecond));
      section.put("mbPerSecond", Results.round(megabytes));
      section.put("dropped", dropped.size());
      section.put("peakRssMiB", Results.round(peakKib / 1024.0));
      results.print(
          String.format(
              "%-40s %8d msg/s %8.1f MB/s  peak RSS %6.1f MiB  (%d messages of %d bytes,"
                  + " %d dropped)",
              String.join(" ", command.subList(0, 1)).replaceAll(".*/", ""),
              Math.round(perSecond),
              megabytes,
              peakKib / 1024.0,
              captures.size(),
              size,
              dropped.size()));
    }
  }

  /** The store's own batched History inserts, in process: the ceiling for storing captures. */
  private static void inserts(Results results, ObjectNode section, Path work, int[] run) {
    int size = run[0];
    int count = run[1];
    String body = "x".repeat(Math.max(0, size - 600));
    List<HttpHeader> headers = List.of(new HttpHeader("Content-Type", "application/json"));
    Instant base = Instant.parse("2026-01-01T00:00:00Z");

    try (SqliteStore store = SqliteStore.openIn(work, Clock.systemUTC())) {
      long start = System.nanoTime();
      for (int first = 0; first < count; first += BATCH) {
        int from = first;
        store
            .transactions()
            .run(
                () -> {
                  for (int i = from; i < Math.min(count, from + BATCH); i++) {
                    store
                        .history()
                        .add(request(i, base, body, headers), Settings.DEFAULT_RETENTION);
                  }
                });
      }
      double seconds = (System.nanoTime() - start) / 1e9;

      section.put("messages", count);
      section.put("batch", BATCH);
      section.put("messagesPerSecond", Math.round(count / seconds));
      section.put("mbPerSecond", Results.round((double) count * size / (1024 * 1024) / seconds));
      results.print(
          String.format(
              "%-40s %8d msg/s %8.1f MB/s  (%d inserts of %d bytes, %d per transaction)",
              "store inserts",
              Math.round(count / seconds),
              (double) count * size / (1024 * 1024) / seconds,
              count,
              size,
              BATCH));
    }
  }

  static CapturedRequest request(int i, Instant base, String body, List<HttpHeader> headers) {
    return new CapturedRequest(
        "r" + i,
        base.plusMillis(i),
        "https://api.example.com/v1/orders/" + i + "?page=2",
        "POST",
        headers,
        new RequestBody.Text(body),
        body.length(),
        false,
        false,
        ResourceType.fromBrowser("xmlhttprequest"),
        7,
        null,
        new CapturedResponse(200, "HTTP/1.1 200 OK", headers),
        null);
  }

  static Path fresh(Path work, String name) throws java.io.IOException {
    Path folder = work.resolve(name);
    if (Files.exists(folder)) {
      try (var all = Files.walk(folder)) {
        all.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(f -> f.delete());
      }
    }
    Files.createDirectories(folder);
    return folder;
  }
}
