package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.adapter.nativemessaging.Inbound.BodyMessage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireTextTest {

  private static final ObjectMapper JSON = WireJson.mapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t end",
        "escaped \\u0041\\u00e9\\u20ac\\u0000 raw caf\u00e9 \uD83D\uDE00",
        "lone surrogate \\ud800 is left to the parser",
      })
  void text_smallAndLargeFrames_equalsWhatTheParserReads(String escaped) throws Exception {
    for (String filler : new String[] {"", "x".repeat(1 << 20)}) {
      byte[] frame =
          ("{\"text\":\"" + escaped + filler + escaped + "\",\"base64\":null}")
              .getBytes(StandardCharsets.UTF_8);
      String expected = JSON.readTree(frame).path("text").asText();

      BodyMessage body =
          JSON.readerFor(BodyMessage.class)
              .withAttribute(WireTextDeserializer.PAYLOAD, frame)
              .readValue(frame);

      assertThat(body.text()).isNotNull();
      assertThat(body.text().inFrame()).isEqualTo(!escaped.contains("\\ud800"));
      assertThat(body.text().text()).isEqualTo(expected);
      assertThat(body.text().inFrame()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "caf\\u00e9"})
  void text_frameNotGiven_isReadByTheParser(String escaped) throws Exception {
    byte[] frame = ("{\"text\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);

    BodyMessage body = JSON.readerFor(BodyMessage.class).readValue(frame);

    assertThat(body.text().inFrame()).isFalse();
    assertThat(body.text().text()).isEqualTo(escaped.isEmpty() ? "" : "caf\u00e9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "caf\\u00e9 \\n"})
  void textBody_smallFrame_isHeldAsUtf8InTheFrame(String escaped) throws Exception {
    byte[] frame = ("{\"text\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);
    String expected = JSON.readTree(frame).path("text").asText();

    BodyMessage body =
        JSON.readerFor(BodyMessage.class)
            .withAttribute(WireTextDeserializer.PAYLOAD, frame)
            .readValue(frame);

    assertThat(body.text().body().heldAsUtf8()).isTrue();
    assertThat(body.text().body().utf8Length())
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    assertThat(body.text().body().text()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AP8QgA==",
        "AP8QgA",
        "\\/\\/\\/\\/CsOp",
        "QQ=",
        "QQ==QQ",
        "AP-_",
        "A P8=",
        "A"
      })
  void base64Body_largeAndSmallFrames_decodeAsTheBasicDecoderDoes(String escaped) throws Exception {
    for (String filler : new String[] {"", "AAAA".repeat(1 << 18)}) {
      byte[] frame = ("{\"base64\":\"" + filler + escaped + "\"}").getBytes(StandardCharsets.UTF_8);
      String parsed = JSON.readTree(frame).path("base64").asText();

      BodyMessage body =
          JSON.readerFor(BodyMessage.class)
              .withAttribute(WireTextDeserializer.PAYLOAD, frame)
              .readValue(frame);

      assertThat(body.base64().inFrame()).isTrue();
      assertThat(outcome(() -> body.base64().base64Body().data()))
          .as("'%s' after %d filler characters", escaped, filler.length())
          .isEqualTo(outcome(() -> Base64.getDecoder().decode(parsed)));
    }
  }

  /** The decoded bytes in hex, or the word "refused" when the decoder refuses the text. */
  private static String outcome(Supplier<byte[]> decode) {
    try {
      return HexFormat.of().formatHex(decode.get());
    } catch (IllegalArgumentException e) {
      return "refused";
    }
  }
}
