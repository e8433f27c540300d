package dev.interceptor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Figures of one benchmark, printed and written to {@code bench/results/<name>.json}. */
final class Results {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final String name;
  private final ObjectNode root = JSON.createObjectNode();

  Results(String name) {
    this.name = name;
    root.put("benchmark", name);
    root.put("date", Instant.now().toString());
    root.put("loadAverageAtStart", loadAverage());
    root.put("cpus", Runtime.getRuntime().availableProcessors());
    root.put("java", System.getProperty("java.vm.version"));
  }

  ObjectNode section(String key) {
    return root.putObject(key);
  }

  void print(String line) {
    System.out.println(name + ": " + line);
  }

  void write(Path folder) throws IOException {
    root.put("loadAverageAtEnd", loadAverage());
    Files.createDirectories(folder);
    Path file = folder.resolve(name + ".json");
    JSON.writeValue(file.toFile(), root);
    print("written to " + file);
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The value at {@code fraction} of the sorted samples (nearest rank). */
  static double percentile(List<Double> samples, double fraction) {
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
