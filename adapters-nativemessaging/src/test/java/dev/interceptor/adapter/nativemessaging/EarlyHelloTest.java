package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.interceptor.core.model.settings.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarlyHelloTest {

  private static final String ID = "aclblkgnlianipdjkdhdjopimdphplle";
  private static final LaunchArguments CALLER =
      LaunchArguments.parse(java.util.List.of("chrome-extension://" + ID + "/"));

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\":\"hello\",\"protocolVersion\":1} | 1",
        "{\"protocolVersion\":2,\"type\":\"hello\",\"browser\":\"chrome\",\"x\":[1]} | 2",
        "{\"type\":\"hello\",\"protocolVersion\":1,\"profile\":null} | 1",
        "{\"type\":\"ping\",\"protocolVersion\":1} | ",
        "{\"type\":\"hello\"} | ",
        "{\"type\":\"hello\",\"protocolVersion\":\"1\"} | ",
        "{\"type\":\"hello\",\"protocolVersion\":1.5} | ",
        "{\"type\":\"hello\",\"protocolVersion\":1,\"browser\":{}} | ",
        "{\"type\":\"hello\",\"protocolVersion\":1} trailing | ",
        "[1] | ",
      })
  void helloVersion_payload_onlyAPlainHello(String json, Integer expected) {
    Optional<Integer> version =
        EarlyHello.helloVersion(new JsonFactory(), json.getBytes(StandardCharsets.UTF_8));

    assertThat(version).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void answer_mirrorAllowsCaller_sendsWelcomeWithMirroredSettingsAndKeepsHelloForTheHost()
      throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);
    mirror.keepInStep(Settings.defaults(Set.of(ID)), 4);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] hello = "{\"type\":\"hello\",\"protocolVersion\":3}".getBytes(StandardCharsets.UTF_8);

    HostHandover handover =
        EarlyHello.answer(new HostStreams(framed(hello), out), CALLER, mirror, "9.9");

    JsonNode welcome = WireJson.mapper().readTree(payloadOf(out.toByteArray()));
    assertThat(handover.welcomed()).isTrue();
    assertThat(welcome.path("type").asText()).isEqualTo("welcome");
    assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
    assertThat(welcome.path("hostVersion").asText()).isEqualTo("9.9");
    assertThat(welcome.path("settings"))
        .isEqualTo(
            WireJson.mapper().valueToTree(WireMapping.toView(Settings.defaults(Set.of(ID)))));
    assertThat(handover.reader().readPayload()).contains(hello);
  }

  @Test
  void answer_mirrorDoesNotAllowCaller_readsAndSendsNothing() throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);
    mirror.keepInStep(Settings.defaults(Set.of("pppppppppppppppppppppppppppppppp")), 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] hello = "{\"type\":\"hello\",\"protocolVersion\":1}".getBytes(StandardCharsets.UTF_8);

    HostHandover handover =
        EarlyHello.answer(new HostStreams(framed(hello), out), CALLER, mirror, "9.9");

    assertThat(handover.welcomed()).isFalse();
    assertThat(out.size()).isZero();
    assertThat(handover.reader().readPayload()).contains(hello);
  }

  @Test
  void answer_noMirror_sendsNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] hello = "{\"type\":\"hello\",\"protocolVersion\":1}".getBytes(StandardCharsets.UTF_8);

    HostHandover handover =
        EarlyHello.answer(
            new HostStreams(framed(hello), out), CALLER, SettingsMirror.in(dir), "9.9");

    assertThat(handover.welcomed()).isFalse();
    assertThat(out.size()).isZero();
  }

  @Test
  void answer_oversizedFirstFrame_leavesTheFailureToTheHost() throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);
    mirror.keepInStep(Settings.defaults(Set.of(ID)), 1);
    byte[] prefix =
        ByteBuffer.allocate(4)
            .order(ByteOrder.nativeOrder())
            .putInt(FrameReader.BROWSER_TO_HOST_LIMIT + 1)
            .array();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    HostHandover handover =
        EarlyHello.answer(
            new HostStreams(new ByteArrayInputStream(prefix), out), CALLER, mirror, "9.9");

    assertThat(handover.welcomed()).isFalse();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(handover.reader()::readPayload))
        .isInstanceOfSatisfying(
            FrameException.class,
            e -> assertThat(e.kind()).isEqualTo(FrameException.Kind.OVERSIZED));
  }

  private static ByteArrayInputStream framed(byte[] payload) {
    ByteBuffer frame = ByteBuffer.allocate(4 + payload.length).order(ByteOrder.nativeOrder());
    frame.putInt(payload.length).put(payload);
    return new ByteArrayInputStream(frame.array());
  }

  private static byte[] payloadOf(byte[] frame) {
    int length = ByteBuffer.wrap(frame, 0, 4).order(ByteOrder.nativeOrder()).getInt();
    byte[] payload = new byte[length];
    System.arraycopy(frame, 4, payload, 0, length);
    return payload;
  }
}
