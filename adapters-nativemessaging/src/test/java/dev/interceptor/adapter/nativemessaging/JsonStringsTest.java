package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStringsTest {

  private static final ObjectMapper JSON = WireJson.mapper();

  /** Each escape at every position of a word, among plain bytes, against Jackson's reading. */
  @ParameterizedTest
  @ValueSource(strings = {"\\\"", "\\\\", "\\/", "\\n", "\\u00e9", "\\u20ac", "\u00e9", ""})
  void unescapeInPlace_escapeAtAnyOffset_givesWhatTheParserReads(String escape) throws Exception {
    for (int before = 0; before <= 17; before++) {
      for (int after = 0; after <= 17; after++) {
        String json = "{\"s\":\"" + "a".repeat(before) + escape + "b".repeat(after) + "\"}";
        byte[] frame = json.getBytes(StandardCharsets.UTF_8);
        byte[] expected = JSON.readTree(frame).path("s").asText().getBytes(StandardCharsets.UTF_8);
        int start = json.indexOf(":\"") + 2;

        assertThat(JsonStrings.unescapable(frame, start)).isTrue();
        int end = JsonStrings.unescapeInPlace(frame, start);

        assertThat(Arrays.copyOfRange(frame, start, end))
            .as("%s after %d and before %d plain bytes", escape, before, after)
            .isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 8, 9, 15, 16, 17})
  void unescapable_escapedSurrogateAtAnyOffset_isRefused(int before) {
    String json = "{\"s\":\"" + "a".repeat(before) + "\\ud800" + "b".repeat(9) + "\"}";
    byte[] frame = json.getBytes(StandardCharsets.UTF_8);

    assertThat(JsonStrings.unescapable(frame, json.indexOf(":\"") + 2)).isFalse();
  }
}
