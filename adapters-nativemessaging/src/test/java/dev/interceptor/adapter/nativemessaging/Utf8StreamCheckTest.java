package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8StreamCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "7b7d",
        "c3a9",
        "e282ac",
        "f09f9880",
        "f48fbfbf",
        "efbfbd",
        "c328",
        "c0af",
        "c1bf",
        "e080af",
        "eda080",
        "edbfbf",
        "f08f8080",
        "f4908080",
        "f5808080",
        "80",
        "bf",
        "ff",
        "e282",
        "f09f98",
        "41c3",
        "41f09f98804142e282ac43"
      })
  void isValid_everySplitIntoTwoPieces_agreesWithTheWholeCheck(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);

    for (int split = 0; split <= bytes.length; split++) {
      Utf8StreamCheck check = new Utf8StreamCheck();
      check.feed(bytes, 0, split);
      check.feed(bytes, split, bytes.length - split);

      assertThat(check.isValid())
          .as("%s split at %d", hex, split)
          .isEqualTo(Utf8Check.isValid(bytes));
    }
  }

  @Test
  void isValid_randomBytesFedInRandomPieces_agreesWithTheWholeCheck() {
    Random random = new Random(8);
    byte[] sample = "a\u00e9\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);

    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly bytes of real UTF-8, so that valid inputs are common too.
        bytes[i] =
            random.nextInt(4) == 0
                ? (byte) random.nextInt(256)
                : sample[random.nextInt(sample.length)];
      }
      Utf8StreamCheck check = new Utf8StreamCheck();
      int at = 0;
      while (at < bytes.length) {
        int piece = 1 + random.nextInt(bytes.length - at);
        check.feed(bytes, at, piece);
        at += piece;
      }

      assertThat(check.isValid())
          .as(HexFormat.of().formatHex(bytes))
          .isEqualTo(Utf8Check.isValid(bytes));
    }
  }
}
