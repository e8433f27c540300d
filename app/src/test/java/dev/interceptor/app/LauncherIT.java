package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code bin/interceptor} launcher as a user or a browser would. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class LauncherIT {

  private static final Path COMMAND =
      Path.of(System.getProperty("interceptor.command", "target/interceptor/bin/interceptor"));

  @TempDir Path home;

  @Test
  void launcher_isExecutableBesideItsJars() {
    assertThat(Files.isExecutable(COMMAND)).isTrue();
    assertThat(COMMAND.getParent().resolve("../lib").normalize())
        .isDirectoryContaining("glob:**/interceptor-app-*.jar")
        .isDirectoryContaining("glob:**/picocli-*.jar");
  }

  @Test
  void help_listsCommandsAndExitsZero() throws Exception {
    Result result = run("--help");

    assertThat(result.code).isZero();
    assertThat(result.stdout).startsWith("Usage: interceptor").contains("status", "capture");
    assertThat(result.stderr).isEmpty();
  }

  @Test
  void usageError_exitsTwoWithOneLineOnStderr() throws Exception {
    Result result = run("frobnicate");

    assertThat(result.code).isEqualTo(2);
    assertThat(result.stdout).isEmpty();
    assertThat(result.stderr.lines()).hasSize(1);
  }

  @Test
  void hostLaunch_mostVerboseLogging_writesNothingButFramesToStdout() throws Exception {
    Result result =
        run("chrome-extension://abcdefghijklmnopabcdefghijklmnop/", "--log-level=trace");

    // With stdin closed at once, a host sends no frame: stdout must stay empty.
    assertThat(result.stdout).isEmpty();
    assertThat(home.resolve("interceptor.log")).exists();
  }

  @Test
  void symlinkedLauncher_findsItsJars() throws Exception {
    Path link = home.resolve("interceptor-link");
    Files.createSymbolicLink(link, COMMAND.toAbsolutePath());

    Result result = run(link, "--version");
    Files.delete(link);

    assertThat(result.code).isZero();
    assertThat(result.stdout).startsWith("interceptor ");
  }

  private Result run(String... args) throws IOException, InterruptedException {
    return run(COMMAND, args);
  }

  private Result run(Path command, String... args) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(command.toString());
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().put("INTERCEPTOR_HOME", home.toString());
    builder.environment().put("NO_COLOR", "1");
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Path out = home.resolve("stdout");
    Path err = home.resolve("stderr");
    builder.redirectOutput(out.toFile());
    builder.redirectError(err.toFile());

    Process process = builder.start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("launcher finished within 60 s").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int code, String stdout, String stderr) {}
}
