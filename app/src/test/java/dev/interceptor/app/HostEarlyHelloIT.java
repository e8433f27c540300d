package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.nativemessaging.BridgeHost;
import dev.interceptor.adapter.nativemessaging.SettingsMirror;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.testkit.FakeExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host as a browser starts it, through the packaged launcher: {@code hello} answered from the
 * settings mirror before the host is built, the session carried on by the full host, and a store
 * that cannot be opened told to the browser.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class HostEarlyHelloIT {

  private static final Path COMMAND =
      Path.of(System.getProperty("interceptor.command", "target/interceptor/bin/interceptor"));
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String EARLY = "welcome sent early: true";
  private static final String LATE = "welcome sent early: false";

  @TempDir Path home;

  @Test
  void hostLaunch_mirrorWrittenByCaptureOn_welcomesEarlyAndStoresTheCapture() throws Exception {
    command("capture", "on");
    assertThat(home.resolve(SettingsMirror.FILE_NAME)).isRegularFile();

    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {
      browser.hello("chrome", "Default");
      ObjectNode welcome = browser.await("welcome", WAIT);
      browser.send(FakeExtension.capture("early-1", "https://api.example.com/v1/a", "GET"));
      browser.awaitAcks(List.of("early-1"), WAIT);
      browser.closeInput();

      assertThat(browser.awaitExit(WAIT)).isZero();
      assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
      assertThat(welcome.path("settings").path("capture").path("enabled").asBoolean()).isTrue();
      assertThat(browser.framingFailure()).isEmpty();
    }

    assertThat(log()).contains(EARLY);
    try (SqliteStore store = SqliteStore.openIn(home, Clock.systemUTC())) {
      assertThat(store.history().find("early-1")).isPresent();
    }
  }

  @Test
  void hostLaunch_noMirrorYet_welcomesAfterStartAndWritesTheMirror() throws Exception {
    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {
      browser.hello("chrome", "Default");
      ObjectNode welcome = browser.await("welcome", WAIT);
      browser.closeInput();

      assertThat(browser.awaitExit(WAIT)).isZero();
      assertThat(welcome.path("settings").path("capture").path("enabled").asBoolean()).isFalse();
    }

    assertThat(log()).contains(LATE);
    String mirror = Files.readString(home.resolve(SettingsMirror.FILE_NAME));
    assertThat(mirror).contains(CompanionExtension.ID, "\"revision\":0");
  }

  @Test
  void hostLaunch_disallowedOriginWithMirror_getsOnlyOriginErrorWithoutSendingAnything()
      throws Exception {
    command("capture", "on");

    try (FakeExtension browser =
        launchHost("chrome-extension://pppppppppppppppppppppppppppppppp/")) {
      ObjectNode first = browser.await("error", WAIT);
      int code = browser.awaitExit(WAIT);

      assertThat(first.path("code").asText()).isEqualTo("origin_not_allowed");
      assertThat(code).isEqualTo(BridgeHost.EXIT_ORIGIN_NOT_ALLOWED);
      assertThat(new String(browser.receivedBytes(), StandardCharsets.UTF_8))
          .doesNotContain("welcome");
    }
  }

  @Test
  void hostLaunch_pingBeforeHello_servedInOrderByTheFullHost() throws Exception {
    command("capture", "on");

    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {
      ObjectNode ping = JsonNodeFactory.instance.objectNode().put("type", "ping").put("id", 7);
      browser.send(ping);
      browser.hello("chrome", "Default");
      ObjectNode pong = browser.await("pong", WAIT);
      ObjectNode welcome = browser.await("welcome", WAIT);
      browser.closeInput();

      assertThat(browser.awaitExit(WAIT)).isZero();
      assertThat(pong.path("id").asInt()).isEqualTo(7);
      assertThat(welcome.path("settings").path("capture").path("enabled").asBoolean()).isTrue();
    }

    assertThat(log()).contains(LATE);
  }

  @Test
  void hostLaunch_settingsChangedAfterMirror_storeSettingsPushedAfterWelcome() throws Exception {
    command("capture", "on");
    // Another writer turns capture off without the mirror noticing, as if it changed while the
    // host was starting.
    try (SqliteStore store = SqliteStore.openIn(home, Clock.systemUTC())) {
      Settings on = store.settings().load();
      CaptureSettings capture = on.capture();
      store
          .settings()
          .save(
              new Settings(
                  new CaptureSettings(false, capture.filter(), capture.target()),
                  on.cookieSync(),
                  on.allowedExtensionIds(),
                  on.historyRetention()));
    }

    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {
      browser.hello("chrome", "Default");
      ObjectNode welcome = browser.await("welcome", WAIT);
      ObjectNode pushed = browser.await("settings", WAIT);
      browser.closeInput();

      assertThat(browser.awaitExit(WAIT)).isZero();
      assertThat(welcome.path("settings").path("capture").path("enabled").asBoolean()).isTrue();
      assertThat(pushed.path("settings").path("capture").path("enabled").asBoolean()).isFalse();
    }

    assertThat(log()).contains(EARLY);
    assertThat(Files.readString(home.resolve(SettingsMirror.FILE_NAME)))
        .contains("\"enabled\":false");
  }

  @Test
  void hostLaunch_damagedStoreAfterEarlyWelcome_sendsStoreUnavailableAndExitsThree()
      throws Exception {
    command("capture", "on");
    Path database = home.resolve(SqliteStore.FILE_NAME);
    Files.write(database, "this is not a database, but it is long enough".repeat(200).getBytes());
    Files.deleteIfExists(home.resolve(SqliteStore.FILE_NAME + "-wal"));
    Files.deleteIfExists(home.resolve(SqliteStore.FILE_NAME + "-shm"));

    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {
      browser.hello("chrome", "Default");
      ObjectNode welcome = browser.await("welcome", WAIT);
      ObjectNode error = browser.await("error", WAIT);
      int code = browser.awaitExit(WAIT);

      assertThat(welcome.path("type").asText()).isEqualTo("welcome");
      assertThat(error.path("code").asText()).isEqualTo("store_unavailable");
      assertThat(error.path("reason").asText()).contains(database.toString());
      assertThat(code).isEqualTo(3);
      assertThat(browser.stderr()).contains(database.toString());
    }
  }

  @Test
  void hostLaunch_damagedStoreWithoutMirror_sendsOnlyStoreUnavailable() throws Exception {
    Path database = home.resolve(SqliteStore.FILE_NAME);
    Files.write(database, "this is not a database, but it is long enough".repeat(200).getBytes());

    try (FakeExtension browser = launchHost(CompanionExtension.ORIGIN)) {
      browser.hello("chrome", "Default");
      ObjectNode error = browser.await("error", WAIT);
      int code = browser.awaitExit(WAIT);

      assertThat(error.path("code").asText()).isEqualTo("store_unavailable");
      assertThat(error.path("reason").asText()).contains(database.toString());
      assertThat(code).isEqualTo(3);
      assertThat(new String(browser.receivedBytes(), StandardCharsets.UTF_8))
          .doesNotContain("welcome");
    }
  }

  private FakeExtension launchHost(String origin) {
    return FakeExtension.launch(
        List.of(COMMAND.toString(), origin, "--log-level=debug"),
        Map.of("INTERCEPTOR_HOME", home.toString(), "NO_COLOR", "1"));
  }

  private String log() throws IOException {
    return Files.readString(home.resolve("interceptor.log"));
  }

  private void command(String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(commandLine(args));
    builder.environment().put("INTERCEPTOR_HOME", home.toString());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.redirectErrorStream(true);
    builder.redirectOutput(home.resolve("command.out").toFile());
    Process process = builder.start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(home.resolve("command.out"))).isZero();
  }

  private static List<String> commandLine(String... args) {
    List<String> line = new java.util.ArrayList<>();
    line.add(COMMAND.toString());
    line.addAll(List.of(args));
    return line;
  }
}
