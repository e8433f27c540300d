package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Block by block, the stream decodes or refuses exactly what the basic decoder does whole. */
class Base64StreamTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AP8QgA==",
        "AP8QgA",
        "AP8QgA=",
        "AP8QgAB",
        "////CsOp",
        "QQ=",
        "QQ==",
        "QQ==QQ",
        "QQ==\n",
        "QUI=QUJD",
        "QQ=A",
        "AP-_",
        "A P8=",
        "A",
        "AAAAA",
        "AAAAAAAA=",
        "AAAAAAA=",
        "AAAAAA==",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="
      })
  void read_anyBlockSize_decodesOrRefusesAsTheBasicDecoder(String text) {
    for (int block : new int[] {4, 8, 12, 64 * 1024}) {
      assertThat(streamed(text, block))
          .as("'%s' in blocks of %d", text, block)
          .isEqualTo(whole(text));
    }
  }

  @Test
  void read_randomTextInSmallBlocks_decodesOrRefusesAsTheBasicDecoder() {
    Random random = new Random(64);
    String alphabet = "AQZaz09+/=";

    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        // Padding is rare, so that valid texts are common too.
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        text.append(c == '=' && random.nextInt(3) > 0 ? 'A' : c);
      }

      assertThat(streamed(text.toString(), 4 * (1 + random.nextInt(3))))
          .as(text.toString())
          .isEqualTo(whole(text.toString()));
    }
  }

  /** The decoded bytes in hex, or "refused". */
  private static String streamed(String text, int block) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    try (Base64Stream in = new Base64Stream(new ByteArrayInputStream(bytes), block)) {
      return HexFormat.of().formatHex(in.readAllBytes());
    } catch (IOException e) {
      return "refused";
    }
  }

  private static String whole(String text) {
    try {
      return HexFormat.of().formatHex(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return "refused";
    }
  }
}
