package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the export consumers of tools/node (har-validator, newman) as child processes. */
final class NodeScripts {

  record Result(int exitCode, String stdout, String stderr) {}

  private NodeScripts() {}

  /** tools/node, found by walking up from the working directory; its packages must be installed. */
  static Path toolsNode() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("tools").resolve("node");
      if (Files.isRegularFile(candidate.resolve("package.json"))) {
        if (!Files.isDirectory(candidate.resolve("node_modules"))) {
          fail(candidate + "/node_modules is missing: run `npm ci --prefix tools/node` first");
        }
        return candidate;
      }
    }
    return fail("tools/node/package.json not found above " + Path.of("").toAbsolutePath());
  }

  static Result node(String script, String... args) {
    Path tools = toolsNode();
    List<String> command = new ArrayList<>(List.of("node", tools.resolve(script).toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).directory(tools.toFile()).start();
      process.getOutputStream().close();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("timed out: " + command);
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      return fail("could not start node (is it installed?): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted: " + command);
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
          }
        });
  }
}
