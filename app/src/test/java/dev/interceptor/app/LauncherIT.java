package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.nativemessaging.BridgeHost;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.testkit.FakeExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Result result = run(CompanionExtension.ORIGIN, "--log-level=trace");

    // With stdin closed at once, an allowed host sends no frame: stdout must stay empty.
    assertThat(result.code).isZero();
    assertThat(result.stdout).isEmpty();
    assertThat(home.resolve("interceptor.log")).exists();
  }

  @Test
  void hostLaunch_companionExtensionOnFirstRun_answersHelloWithWelcome() {
    long start = System.nanoTime();
    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {

      browser.hello("chrome", "Default");
      ObjectNode welcome = browser.await("welcome", Duration.ofSeconds(30));
      Duration helloTime = Duration.ofNanos(System.nanoTime() - start);
      browser.closeInput();
      int code = browser.awaitExit(Duration.ofSeconds(10));

      assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
      assertThat(welcome.path("settings").path("capture").path("enabled").asBoolean()).isFalse();
      assertThat(code).isZero();
      assertThat(browser.framingFailure()).isEmpty();
      assertThat(helloTime).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void hostLaunch_disallowedOrigin_refusedWithErrorFrameAndExitCode() {
    try (FakeExtension browser =
        launchHost("chrome-extension://pppppppppppppppppppppppppppppppp/")) {

      ObjectNode error = browser.await("error", Duration.ofSeconds(30));
      int code = browser.awaitExit(Duration.ofSeconds(10));

      assertThat(error.path("code").asText()).isEqualTo("origin_not_allowed");
      assertThat(code).isEqualTo(BridgeHost.EXIT_ORIGIN_NOT_ALLOWED);
      assertThat(browser.stderr()).contains("interceptor extension allow");
    }
  }

  private FakeExtension launchHost(String origin) {
    return FakeExtension.launch(
        List.of(COMMAND.toString(), origin),
        Map.of("INTERCEPTOR_HOME", home.toString(), "NO_COLOR", "1"));
  }

  @Test
  void simulate_withDataDir_capturesTheHarIntoThatStore() throws Exception {
    Path store = home.resolve("chosen");
    String har = "../fixtures/har/playwright-chromium-103_redirect-chain-set-cookie.har";

    Result on = run("--data-dir", store.toString(), "capture", "on");
    Result simulate = run("--data-dir", store.toString(), "simulate", "--har", har);
    Result history = run("history", "list", "--json", "--data-dir=" + store);

    assertThat(on.code).isZero();
    assertThat(simulate.code).isZero();
    assertThat(simulate.stdout).contains("captured      3", "filtered out  0", "acknowledged  3");
    assertThat(history.stdout).contains("\"url\" : \"https://theverge.com/\"", "\"status\" : 301");
    assertThat(store.resolve("interceptor.db")).isRegularFile();
    assertThat(home.resolve("interceptor.db")).doesNotExist();
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
