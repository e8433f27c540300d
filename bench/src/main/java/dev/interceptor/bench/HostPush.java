package dev.interceptor.bench;

import dev.interceptor.testkit.FakeExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes captures through one host and prints its rate and peak memory, nothing else: for comparing
 * two builds of the host in interleaved runs, where one run against a figure taken earlier would
 * measure the machine's drift as much as the change.
 *
 * <p>Arguments: the launcher to start (as the browser would), the extension id, how many captures,
 * and optionally their size in bytes (2048). Each run uses a fresh store in a temporary folder,
 * made by this build's store code: the launcher's host must read the same schema.
 */
public final class HostPush {

  private static final Duration PATIENCE = Duration.ofMinutes(10);

  private HostPush() {}

  public static void main(String[] args) throws Exception {
    String launcher = args[0];
    String extensionId = args[1];
    int count = Integer.parseInt(args[2]);
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 2 * 1024;

    Path work = Files.createTempDirectory("interceptor-push");
    Hosts.captureEverything(work, extensionId);
    List<byte[]> captures = new ArrayList<>(count);
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      captures.add(Captures.json(Integer.toString(i), size));
      ids.add(Integer.toString(i));
    }

    List<String> command = List.of(launcher, "chrome-extension://" + extensionId + "/");
    try (FakeExtension extension = FakeExtension.launch(command, Hosts.environment(work))) {
      extension.hello("chrome", "bench");
      extension.await("welcome", PATIENCE);

      long start = System.nanoTime();
      Thread sender = Hosts.sendAll(extension, captures);
      extension.awaitAcks(ids, PATIENCE);
      double seconds = (System.nanoTime() - start) / 1e9;
      sender.join();

      System.out.printf(
          "%d captures of %d bytes: %.0f/s, peak RSS %.1f MiB (load %s)%n",
          count, size, count / seconds, PeakMemory.childrenKib() / 1024.0, Results.loadAverage());
      extension.closeInput();
      extension.awaitExit(PATIENCE);
    }
  }
}
