package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Install, doctor and uninstall for real on Linux: the packaged command in a child process, under a
 * temporary home and data directory, with folder names holding a space and a non-ASCII letter.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the Linux layout is tested for real here")
class InstallerIT {

  private static final Path COMMAND =
      Path.of(System.getProperty("interceptor.command", "target/interceptor/bin/interceptor"));
  private static final String ORIGIN = "chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/";
  private static final String MANIFEST_NAME = "dev.interceptor.bridge.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  private Path home;
  private Path data;
  private Path profile;

  @BeforeEach
  void folders() throws IOException {
    home = Files.createDirectories(root.resolve("home/Zoë Smith"));
    data = root.resolve("data ë");
    profile = Files.createDirectories(root.resolve("Chromium profile ë"));
  }

  @Test
  void install_profileDir_writesManifestNamingTheLauncherAndTheExtension() throws Exception {
    Result result = run("install", "--browser", "chromium", "--profile-dir", profile.toString());

    assertThat(result.code).as(result.stderr).isZero();
    JsonNode manifest =
        JSON.readTree(profile.resolve("NativeMessagingHosts/" + MANIFEST_NAME).toFile());
    Path launcher = data.resolve("bin/interceptor-host");
    assertThat(manifest.path("name").asText()).isEqualTo("dev.interceptor.bridge");
    assertThat(manifest.path("path").asText()).isEqualTo(launcher.toString());
    assertThat(manifest.path("allowed_origins").toString()).isEqualTo("[\"" + ORIGIN + "\"]");
    assertThat(Files.isExecutable(launcher)).isTrue();
    assertThat(Files.readString(launcher))
        .contains(
            COMMAND
                .toAbsolutePath()
                .getParent()
                .getParent()
                .normalize()
                .resolve("lib/*")
                .toString());
  }

  @Test
  void install_secondTime_changesNothing() throws Exception {
    run("install", "--browser", "chromium", "--profile-dir", profile.toString());

    Result again =
        run("install", "--browser", "chromium", "--profile-dir", profile.toString(), "--json");

    JsonNode report = JSON.readTree(again.stdout);
    assertThat(again.code).isZero();
    assertThat(report.path("items").findValuesAsText("change"))
        .containsExactly("UNCHANGED", "UNCHANGED");
  }

  @Test
  void doctor_afterInstall_passesEveryCheckAndTheLiveRoundTrip() throws Exception {
    run("install", "--browser", "chromium", "--profile-dir", profile.toString());

    Result result =
        run("doctor", "--browser", "chromium", "--profile-dir", profile.toString(), "--json");

    JsonNode view = JSON.readTree(result.stdout);
    assertThat(result.code).as(result.stdout + result.stderr).isZero();
    assertThat(view.path("healthy").asBoolean()).isTrue();
    assertThat(view.path("state").asText()).isEqualTo("NOT_CONNECTED");
    assertThat(view.path("browsers").get(0).path("checks").findValuesAsText("status"))
        .isNotEmpty()
        .containsOnly("PASS");
    JsonNode trip = view.path("roundTrip");
    assertThat(trip.path("status").asText()).as(trip.toString()).isEqualTo("PASS");
    assertThat(trip.path("command").get(0).asText())
        .isEqualTo(data.resolve("bin/interceptor-host").toString());
    assertThat(trip.path("command").get(1).asText()).isEqualTo(ORIGIN);
  }

  @Test
  void doctor_profileDirNothingInstalled_nextCommandRunsAsPrintedAndRepairs() throws Exception {
    Path quoted = Files.createDirectories(root.resolve("Zoë's profile"));
    Result before =
        run("doctor", "--browser", "chromium", "--profile-dir", quoted.toString(), "--no-launch");
    String next =
        before
            .stdout
            .lines()
            .filter(line -> line.strip().startsWith("next: run: "))
            .findFirst()
            .orElseThrow()
            .strip()
            .substring("next: run: ".length());

    Result fix = inShell(next.replaceFirst("^interceptor ", "'" + COMMAND + "' "));
    Result after =
        run("doctor", "--browser", "chromium", "--profile-dir", quoted.toString(), "--no-launch");

    assertThat(before.code).isEqualTo(7);
    assertThat(next).startsWith("interceptor install --browser chromium --profile-dir ");
    assertThat(fix.code).as(fix.stderr).isZero();
    assertThat(quoted.resolve("NativeMessagingHosts/" + MANIFEST_NAME)).isRegularFile();
    assertThat(after.code).as(after.stdout).isZero();
  }

  @Test
  void uninstall_afterProfileDirInstall_leavesNothing() throws Exception {
    run("install", "--browser", "chromium", "--profile-dir", profile.toString());

    Result browser = run("uninstall", "--browser", "chromium", "--profile-dir", profile.toString());
    Result rest = run("uninstall");

    assertThat(browser.code).isZero();
    assertThat(rest.code).isZero();
    assertThat(filesUnder(profile)).isEmpty();
    assertThat(data.resolve("bin"))
        .satisfiesAnyOf(
            bin -> assertThat(bin).doesNotExist(), bin -> assertThat(bin).isEmptyDirectory());
  }

  @Test
  void installThenUninstall_browserFoundUnderHome_leavesTheHomeAsItWas() throws Exception {
    Files.createDirectories(home.resolve(".config/chromium/Default"));
    List<Path> before = filesUnder(home);

    Result install = run("install");
    Path manifest = home.resolve(".config/chromium/NativeMessagingHosts/" + MANIFEST_NAME);
    boolean written = Files.isRegularFile(manifest);
    Result uninstall = run("uninstall");

    assertThat(install.code).as(install.stderr).isZero();
    assertThat(written).isTrue();
    assertThat(uninstall.code).isZero();
    assertThat(filesUnder(home)).isEqualTo(before);
  }

  private List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(path -> !path.equals(folder))
          .filter(path -> !path.startsWith(data))
          .sorted()
          .toList();
    }
  }

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(COMMAND.toString());
    line.addAll(List.of(args));
    return start(line);
  }

  /** Runs a command line as a user would paste it: the shell splits and unquotes it. */
  private Result inShell(String commandLine) throws IOException, InterruptedException {
    return start(List.of("sh", "-c", commandLine));
  }

  private Result start(List<String> line) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(line);
    Map<String, String> env = builder.environment();
    env.put("HOME", home.toString());
    // Java reads its home folder from the password database, not from HOME.
    env.put("JAVA_TOOL_OPTIONS", "\"-Duser.home=" + home + "\"");
    env.put("INTERCEPTOR_HOME", data.toString());
    env.put("NO_COLOR", "1");
    env.remove("SUDO_USER");
    env.remove("XDG_DATA_HOME");
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Path out = root.resolve("stdout");
    Path err = root.resolve("stderr");
    builder.redirectOutput(out.toFile());
    builder.redirectError(err.toFile());

    Process process = builder.start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("command finished within 60 s").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int code, String stdout, String stderr) {}
}
