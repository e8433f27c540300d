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
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
  }
}
