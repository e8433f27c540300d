package dev.interceptor.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code bin/interceptor} launcher, run as a user would, against the test's data
 * directory ({@code INTERCEPTOR_HOME}).
 */
final class InterceptorCli {

  /** What one run printed and how it ended. */
  record Result(List<String> args, int code, String stdout, String stderr) {

    Result ok() {
      if (code != 0) {
        throw new AssertionError(
            "interceptor " + String.join(" ", args) + " exited " + code + ":\n" + stderr + stdout);
      }
      return this;
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(ok().stdout);
      } catch (IOException e) {
        throw new AssertionError(
            "interceptor " + String.join(" ", args) + " printed no JSON:\n" + stdout, e);
      }
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path command;
  private final Path home;
  private final Map<String, String> extraEnvironment = new HashMap<>();
  private int runs;

  InterceptorCli(Path command, Path home) {
    this.command = command;
    this.home = home;
  }

  Path home() {
    return home;
  }

  /** The environment a process needs to use the test's data directory. */
  Map<String, String> environment() {
    return Map.of("INTERCEPTOR_HOME", home.toString(), "NO_COLOR", "1");
  }

  /** Runs once with one more environment variable, e.g. {@code JAVA_TOOL_OPTIONS}. */
  Result runWith(String name, String value, String... args) {
    extraEnvironment.put(name, value);
    try {
      return run(args);
    } finally {
      extraEnvironment.remove(name);
    }
  }

  Result run(String... args) {
    List<String> line = new ArrayList<>();
    line.add(command.toString());
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().putAll(environment());
    builder.environment().putAll(extraEnvironment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    runs++;
    Path out = home.resolve("cli-" + runs + ".out");
    Path err = home.resolve("cli-" + runs + ".err");
    builder.redirectOutput(out.toFile());
    builder.redirectError(err.toFile());

    try {
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("interceptor " + String.join(" ", args) + " ran over 60 s");
      }
      return new Result(
          List.of(args),
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running interceptor", e);
    }
  }
}
