package dev.interceptor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * (1) Cold start: starts a host as a Chromium browser does (program and caller origin), sends
 * {@code hello} and times until the {@code welcome} frame has arrived. The packaged host and the
 * Node.js host alternate within the same run, so both see the same machine load.
 *
 * <p>Arguments: the packaged launcher, the extension id, the Node.js host script, the number of
 * runs, a work folder, the results folder, and the launcher that {@code interceptor install} wrote
 * (what a browser starts once the host is installed), which is timed in the same rounds.
 */
public final class ColdStart {

  private static final int WARM_UP = 2;

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    String launcher = args[0];
    String origin = "chrome-extension://" + args[1] + "/";
    String nodeScript = args[2];
    int runs = Integer.parseInt(args[3]);
    Path work = Path.of(args[4]);
    Results results = new Results("cold-start");

    Files.createDirectories(work);
    Map<String, String> env = Hosts.environment(work);
    List<String> packaged = List.of(launcher, origin);
    List<String> installed = List.of(args[6], origin);
    List<String> node = List.of("node", nodeScript, origin);

    for (int i = 0; i < WARM_UP; i++) {
      timeToWelcome(installed, env);
      timeToWelcome(packaged, env);
      timeToWelcome(node, env);
    }
    List<Double> installedMs = new ArrayList<>();
    List<Double> packagedMs = new ArrayList<>();
    List<Double> nodeMs = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      installedMs.add(timeToWelcome(installed, env));
      packagedMs.add(timeToWelcome(packaged, env));
      nodeMs.add(timeToWelcome(node, env));
    }

    report(results, "installedHost", installedMs);
    report(results, "packagedHost", packagedMs);
    report(results, "nodeHost", nodeMs);
    results.write(Path.of(args[5]));
  }

  private static void report(Results results, String key, List<Double> millis) {
    ObjectNode section = results.section(key);
    section.put("runs", millis.size());
    section.put("p50Ms", Results.round(Results.percentile(millis, 0.50)));
    section.put("p95Ms", Results.round(Results.percentile(millis, 0.95)));
    section.put("minMs", Results.round(Results.percentile(millis, 0.0)));
    section.put("maxMs", Results.round(Results.percentile(millis, 1.0)));
    section.putPOJO("samplesMs", millis.stream().map(Results::round).toList());
    results.print(
        String.format(
            "%-13s hello->welcome p50 %6.1f ms  p95 %6.1f ms  (min %.1f, max %.1f, %d runs)",
            key,
            Results.percentile(millis, 0.50),
            Results.percentile(millis, 0.95),
            Results.percentile(millis, 0.0),
            Results.percentile(millis, 1.0),
            millis.size()));
  }

  /** Milliseconds from starting the process to having read its welcome frame. */
  private static double timeToWelcome(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);

    long start = System.nanoTime();
    Process host = builder.start();
    String answer;
    try (OutputStream toHost = host.getOutputStream();
        InputStream fromHost = host.getInputStream()) {
      Frames.write(toHost, Frames.hello());
      answer = new String(Frames.read(fromHost), StandardCharsets.UTF_8);
    }
    double millis = (System.nanoTime() - start) / 1e6;

    if (!host.waitFor(30, TimeUnit.SECONDS)) {
      host.destroyForcibly();
      throw new IllegalStateException(command.get(0) + " did not exit after its input closed");
    }
    if (!answer.contains("\"welcome\"")) {
      throw new IllegalStateException(command.get(0) + " answered " + answer);
    }
    return millis;
  }
}
