package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.adapter.nativemessaging.Inbound.BodyMessage;
import java.nio.charset.StandardCharsets;
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
  void text_largeFrame_equalsWhatTheParserReads(String escaped) throws Exception {
    String filler = "x".repeat(WireTextDeserializer.LAZY_FROM);
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

  @ParameterizedTest
  @ValueSource(strings = {"", "caf\\u00e9"})
  void text_smallFrame_isReadByTheParser(String escaped) throws Exception {
    byte[] frame = ("{\"text\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);

    BodyMessage body =
        JSON.readerFor(BodyMessage.class)
            .withAttribute(WireTextDeserializer.PAYLOAD, frame)
            .readValue(frame);

    assertThat(body.text().inFrame()).isFalse();
    assertThat(body.text().text()).isEqualTo(escaped.isEmpty() ? "" : "caf\u00e9");
  }
}
