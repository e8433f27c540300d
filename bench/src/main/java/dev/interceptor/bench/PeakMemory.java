package dev.interceptor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Peak resident memory (VmHWM in /proc/pid/status) of the child processes of this JVM. */
final class PeakMemory {

  private PeakMemory() {}

  /** The largest VmHWM in KiB among this process's descendants, 0 when none can be read. */
  static long childrenKib() {
    List<ProcessHandle> all = ProcessHandle.current().descendants().collect(Collectors.toList());
    long peak = 0;
    for (ProcessHandle child : all) {
      peak = Math.max(peak, vmHwmKib(child.pid()));
    }
    return peak;
  }

  static long vmHwmKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process ended or this is not Linux: nothing to report for it.
    }
    return 0;
  }
}
