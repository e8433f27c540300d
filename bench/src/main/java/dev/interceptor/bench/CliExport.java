package dev.interceptor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (4) The user's HAR export of History at scale: {@code interceptor history export --format har
 * --limit N} on the 1,000,000-entry store of {@link StoreAtScale}, run by the image's own runtime
 * with a small maximum heap. An export that held its entries would fail with an OutOfMemoryError as
 * N grows; a streamed one needs the same heap for any N, and its peak RSS stays flat.
 *
 * <p>Arguments: the image folder, the store's data folder, a work folder, the results folder.
 */
public final class CliExport {

  /** Far below the 12.6 MiB of HAR that 10,000 entries make, let alone 100,000. */
  static final String MAX_HEAP = "-Xmx32m";

  private static final int[] COUNTS = {1_000, 10_000, 100_000};

  private CliExport() {}

  public static void main(String[] args) throws Exception {
    Path image = Path.of(args[0]);
    Path dataDir = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Results results = new Results("cli-export");
    Files.createDirectories(work);

    for (int count : COUNTS) {
      export(results, image, dataDir, work, count);
    }
    results.write(Path.of(args[3]));
  }

  private static void export(Results results, Path image, Path dataDir, Path work, int count)
      throws IOException, InterruptedException {
    Path file = work.resolve("cli-history-" + count + ".har");
    List<String> command = new ArrayList<>();
    command.add(image.resolve("lib/runtime/bin/java").toString());
    command.add(MAX_HEAP);
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(image.resolve("lib/app").toString() + "/*");
    command.addAll(
        List.of(
            "dev.interceptor.app.Main",
            "--data-dir",
            dataDir.toString(),
            "history",
            "export",
            "--format",
            "har",
            "--limit",
            Integer.toString(count),
            "--force",
            "-o",
            file.toString()));

    long start = System.nanoTime();
    Process cli =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(work.resolve("cli-export-" + count + ".err").toFile())
            .start();
    long peakKib = 0;
    // VmHWM only grows, so the last reading before the process ends is its peak.
    while (!cli.waitFor(10, TimeUnit.MILLISECONDS)) {
      peakKib = Math.max(peakKib, PeakMemory.vmHwmKib(cli.pid()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (cli.exitValue() != 0) {
      throw new IllegalStateException(
          "history export of " + count + " exited with " + cli.exitValue() + "; see " + work);
    }

    ObjectNode section = results.section("harExport" + count);
    section.put("entries", count).put("maxHeap", MAX_HEAP);
    section.put("seconds", Results.round(seconds * 1000) / 1000);
    section.put("fileMiB", Results.round(Files.size(file) / (1024.0 * 1024.0)));
    section.put("peakRssMiB", Results.round(peakKib / 1024.0));
    results.print(
        String.format(
            "interceptor history export --limit %7d  %6.2f s  file %6.1f MiB  peak RSS %6.1f MiB"
                + " (%s)",
            count, seconds, Files.size(file) / (1024.0 * 1024.0), peakKib / 1024.0, MAX_HEAP));
  }
}
