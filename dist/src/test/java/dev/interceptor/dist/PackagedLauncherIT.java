package dev.interceptor.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application image's native launcher, started as a user and as a browser would start it. */
class PackagedLauncherIT {

  private static final Duration START = BrowserLaunch.START;

  private static final Path LAUNCHER = Path.of(System.getProperty("dist.launcher"));

  @TempDir Path home;

  /** What a command line printed on stdout and stderr, and its exit code. */
  private record Command(int exitCode, String output) {}

  @Test
  void help_fromImage_exitsZeroWithUsage() throws Exception {
    Command help = command(List.of("--help"), env(Map.of()));

    assertThat(help.exitCode()).isZero();
    assertThat(help.output()).containsIgnoringCase("usage");
  }

  @Test
  void hello_asBrowserLaunch_answersWelcomeOnCleanStdout() {
    try (FakeExtension extension = FakeExtension.launch(browserLaunch(LAUNCHER), env(Map.of()))) {

      extension.hello("chrome", "Default");
      ObjectNode welcome = extension.await("welcome", START);
      extension.closeInput();

      assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
      assertThat(extension.awaitExit(START)).isZero();
      assertThat(extension.framingFailure()).isEmpty();
    }
  }

  @Test
  void help_withArchiveRequired_exitsZero() throws Exception {
    // -Xshare:on makes the JVM refuse to start when the image's archive does not fit its class
    // path, so a clean exit proves that the archive made at build time is used.
    Command help = command(List.of("--help"), env(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on")));

    assertThat(help.exitCode()).isZero();
    assertThat(help.output()).doesNotContain("shared archive");
  }

  @Test
  void hello_anyStart_extractsNoSqliteLibrary(@TempDir Path tmp) throws Exception {
    Map<String, String> env = env(Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp));
    try (FakeExtension extension = FakeExtension.launch(browserLaunch(LAUNCHER), env)) {

      extension.hello("chrome", "Default");
      extension.await("welcome", START);
      extension.closeInput();
      extension.awaitExit(START);
    }

    assertThat(home.resolve("interceptor").resolve("interceptor.db")).exists();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("sqlite"));
    }
  }

  @Test
  void hello_userAsksJvmForLogs_stdoutStillHoldsOnlyFrames() {
    // The launcher's own -Xlog options come after JAVA_TOOL_OPTIONS and switch such logs off.
    Map<String, String> env = env(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:gc*,cds,class+load"));
    try (FakeExtension extension = FakeExtension.launch(browserLaunch(LAUNCHER), env)) {

      extension.hello("chrome", "Default");
      extension.await("welcome", START);
      extension.closeInput();

      assertThat(extension.awaitExit(START)).isZero();
      assertThat(extension.framingFailure()).isEmpty();
    }
  }

  @Test
  void hello_imageMovedElsewhere_answersWithoutArchiveOnCleanStdout(@TempDir Path elsewhere)
      throws IOException {
    // Java 17 binds an AppCDS archive to the absolute jar paths it was made with; a moved image
    // runs without it, and the JVM's warning about it must not reach stdout.
    Path image = LAUNCHER.getParent().getParent();
    Path moved = elsewhere.resolve(image.getFileName());
    copyTree(image, moved);
    Path launcher = moved.resolve(image.relativize(LAUNCHER));
    try (FakeExtension extension = FakeExtension.launch(browserLaunch(launcher), env(Map.of()))) {

      extension.hello("chrome", "Default");
      extension.await("welcome", START);
      extension.closeInput();

      assertThat(extension.awaitExit(START)).isZero();
      assertThat(extension.framingFailure()).isEmpty();
    }
  }

  private static Command command(List<String> words, Map<String, String> env) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(LAUNCHER.toString());
    line.addAll(words);
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();

    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return new Command(process.exitValue(), output);
  }

  private static List<String> browserLaunch(Path launcher) {
    return BrowserLaunch.command(launcher);
  }

  private Map<String, String> env(Map<String, String> extra) {
    return BrowserLaunch.environment(home, extra);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
