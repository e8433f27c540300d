package dev.interceptor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.nativemessaging.BridgeHost;
import dev.interceptor.adapter.nativemessaging.HarCaptureSource;
import dev.interceptor.adapter.nativemessaging.HostOptions;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.core.port.in.ApplyCookieSnapshotCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FakeExtensionTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private final InMemoryHostPorts memory = new InMemoryHostPorts();

  private FakeExtension start() {
    return FakeExtension.inProcess(
        streams ->
            new BridgeHost(
                memory.ports(),
                LaunchArguments.parse(
                    List.of("chrome-extension://" + InMemoryHostPorts.EXTENSION_ID + "/")),
                streams,
                HostOptions.defaults("0.0.0-test")));
  }

  @Test
  void await_hostExitsWithoutAnswering_reportsItsStderrInsteadOfWaitingOut() {
    List<String> dies =
        List.of("sh", "-c", "head -c 1 > /dev/null; echo 'no runtime here' >&2; exit 3");

    try (FakeExtension extension = FakeExtension.launch(dies, Map.of())) {
      extension.hello("chrome", "test");

      assertThatThrownBy(() -> extension.await("welcome", Duration.ofSeconds(30)))
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              "no 'welcome' message from the host before the host ended its output;"
                  + " its stderr: no runtime here");
    }
  }

  @Test
  void helloCaptureAndCookies_acknowledgedAndStored() {
    try (FakeExtension extension = start()) {

      extension.hello("chrome", "Default");
      ObjectNode welcome = extension.await("welcome", WAIT);
      extension.send(FakeExtension.capture("c1", "https://api.example.com/a", "GET"));
      extension.sendSnapshot(
          "s1", "example.com", List.of(FakeExtension.cookie("sid", "v", ".example.com")));
      extension.sendCookieChange(
          "k1", FakeExtension.cookie("a", "b", "example.com"), false, "explicit");
      Set<String> dropped = extension.awaitAcks(List.of("c1", "s1", "k1"), WAIT);
      extension.closeInput();

      assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
      assertThat(dropped).isEmpty();
      assertThat(extension.awaitExit(WAIT)).isZero();
      assertThat(memory.committedCaptures).hasSize(1);
      assertThat(((ApplyCookieSnapshotCommand) memory.committedCookieCommands.get(0)).cookies())
          .hasSize(1);
      assertThat(extension.framingFailure()).isEmpty();
    }
  }

  @Test
  void everyFixtureHar_drivesTheHostToAcks() throws Exception {
    List<ObjectNode> captures = new ArrayList<>();
    try (Stream<Path> files = Files.list(fixtures())) {
      for (Path har : files.filter(p -> p.toString().endsWith(".har")).toList()) {
        captures.addAll(HarCaptureSource.read(har).captures());
      }
    }
    try (FakeExtension extension = start()) {

      captures.forEach(extension::send);
      Set<String> dropped =
          extension.awaitAcks(captures.stream().map(c -> c.path("id").asText()).toList(), WAIT);

      assertThat(captures).hasSizeGreaterThan(80);
      assertThat(dropped).isEmpty();
      assertThat(memory.committedCaptures).hasSize(captures.size());
    }
  }

  @Test
  void rawMalformedBytes_errorThenHostServesNext() {
    try (FakeExtension extension = start()) {

      extension.sendFrame(new byte[] {'{', (byte) 0xC0, '}'});
      ObjectNode error = extension.await("error", WAIT);
      extension.send(FakeExtension.capture("c2", "https://x.test/", "GET"));

      assertThat(error.path("code").asText()).isEqualTo("invalid_utf8");
      assertThat(extension.awaitAcks(List.of("c2"), WAIT)).isEmpty();
    }
  }

  static Path fixtures() {
    Path relative = Path.of("../../shared/fixtures/har").toAbsolutePath().normalize();
    return Files.isDirectory(relative) ? relative : Path.of("/work/shared/fixtures/har");
  }
}
