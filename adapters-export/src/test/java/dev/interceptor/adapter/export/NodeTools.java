package dev.interceptor.adapter.export;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real consumers of the exports: node scripts in tools/node, curl and bash. */
final class NodeTools {

  /** What a finished child process printed and returned. */
  record Result(int exitCode, String stdout, String stderr) {}

  private NodeTools() {}

  /** The repository's tools/node folder, found by walking up from the working directory. */
  static Path toolsNode() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("tools/node");
      if (Files.isRegularFile(candidate.resolve("package.json"))) {
        if (!Files.isDirectory(candidate.resolve("node_modules"))) {
          fail(candidate + "/node_modules is missing: run `npm ci --prefix tools/node` first");
        }
        return candidate;
      }
    }
    return fail("tools/node/package.json not found above " + System.getProperty("user.dir"));
  }

  /** Runs a node script of tools/node with the given arguments. */
  static Result node(String script, String... args) {
    Path tools = toolsNode();
    List<String> command =
        new java.util.ArrayList<>(List.of("node", tools.resolve(script).toString()));
    command.addAll(List.of(args));
    return run(command, tools);
  }

  static Result run(List<String> command, Path workDir) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      process.getOutputStream().close();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail("timed out after 60 s: " + command);
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      return fail("could not start " + command.get(0) + " (is it installed?): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while running " + command);
    }
  }

  private static CompletableFuture<String> drain(java.io.InputStream stream) {
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
