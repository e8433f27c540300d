package dev.interceptor.adapter.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link StoreWriterMain} in a fresh JVM with this test's class path. */
final class ChildWriters {

  private ChildWriters() {}

  static Process start(Path file, String writer, int batches, int perBatch, long pauseMillis)
      throws IOException {
    return start(file, writer, batches, perBatch, pauseMillis, List.of());
  }

  /** A writer that trims History to {@code retention}, with capture times offset as given. */
  static Process startTrimming(
      Path file, String writer, int batches, int perBatch, int retention, long offsetMillis)
      throws IOException {
    return start(
        file,
        writer,
        batches,
        perBatch,
        0,
        List.of(Integer.toString(retention), Long.toString(offsetMillis)));
  }

  private static Process start(
      Path file, String writer, int batches, int perBatch, long pauseMillis, List<String> extra)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add(StoreWriterMain.class.getName());
    command.add(file.toString());
    command.add(writer);
    command.add(Integer.toString(batches));
    command.add(Integer.toString(perBatch));
    command.add(Long.toString(pauseMillis));
    command.addAll(extra);
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
  }
}
