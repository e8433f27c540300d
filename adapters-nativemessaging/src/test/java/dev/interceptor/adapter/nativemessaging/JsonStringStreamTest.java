package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming unescape gives the bytes of the string Jackson reads from the same JSON. */
class JsonStringStreamTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t end",
        "escaped \\u0041\\u00e9\\u20ac\\u0000 raw caf\u00e9 \uD83D\uDE00",
        "escaped pair \\uD83D\\uDE00 and \\ud83d\\ude00 and \\uDBFF\\uDFFF",
        "\\\\u0041 is a backslash and text",
        "ends in an escape \\n",
        "\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9",
      })
  void read_anyBufferAndReadSize_givesTheUtf8OfWhatJacksonReads(String escaped) throws Exception {
    byte[] json = ("\"" + escaped + "\",\"next\"").getBytes(StandardCharsets.UTF_8);
    byte[] expected = jacksonText(json).getBytes(StandardCharsets.UTF_8);

    for (int buffer : new int[] {12, 13, 17, 64 * 1024}) {
      for (boolean oneByteReads : new boolean[] {false, true}) {
        JsonStringStream string = new JsonStringStream(source(json, oneByteReads), buffer);

        assertThat(readInPieces(string, 3))
            .as("buffer %d, one-byte reads %s", buffer, oneByteReads)
            .isEqualTo(expected);
        assertThat(string.sawLoneSurrogate()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lone \\ud800 high", "lone \\udc00 low", "\\ud83d", "x\\ud83d\\u0041"})
  void read_escapedLoneSurrogate_isNotedAndReadAsReplacement(String escaped) throws Exception {
    byte[] json = ("\"" + escaped + "\"").getBytes(StandardCharsets.UTF_8);
    String expected = jacksonText(json).replaceAll("[\uD800-\uDFFF]", "\uFFFD");

    JsonStringStream string = new JsonStringStream(new ByteArrayInputStream(json), 12);

    assertThat(new String(string.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(string.sawLoneSurrogate()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AP8QgA==", "\\/\\/\\/\\/CsOp", "A\\u0050\\u0038="})
  void base64OverTheStream_decodesAsTheBasicDecoderDoesJacksonsString(String escaped)
      throws Exception {
    byte[] json = ("\"" + escaped + "\"").getBytes(StandardCharsets.UTF_8);
    String parsed = jacksonText(json);

    InputStream decoded =
        Base64.getDecoder().wrap(new JsonStringStream(new ByteArrayInputStream(json), 12));

    assertThat(decoded.readAllBytes()).isEqualTo(Base64.getDecoder().decode(parsed));
  }

  private static String jacksonText(byte[] json) throws Exception {
    try (JsonParser parser = WireJson.mapper().getFactory().createParser(json)) {
      parser.nextToken();
      return parser.getText();
    }
  }

  private static InputStream source(byte[] json, boolean oneByteReads) {
    return new ByteArrayInputStream(json) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, oneByteReads ? Math.min(1, len) : len);
      }
    };
  }

  private static byte[] readInPieces(InputStream in, int piece) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[piece];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
