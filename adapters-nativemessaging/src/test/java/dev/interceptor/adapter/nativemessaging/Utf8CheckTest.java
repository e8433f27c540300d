package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8CheckTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "'', true",
    "7b7d, true",
    "c3a9, true",
    "e282ac, true",
    "f09f9880, true",
    "f48fbfbf, true",
    "efbfbd, true",
    "c328, false",
    "c0af, false",
    "c1bf, false",
    "e080af, false",
    "eda080, false",
    "edbfbf, false",
    "f08f8080, false",
    "f4908080, false",
    "f5808080, false",
    "80, false",
    "bf, false",
    "ff, false",
    "e282, false",
    "f09f98, false",
    "41c3, false",
  })
  void isValid_table_agreesWithReportingDecoder(String hex, boolean valid) {
    byte[] bytes = HexFormat.of().parseHex(hex);

    assertThat(Utf8Check.isValid(bytes)).isEqualTo(valid);
    assertThat(Utf8Check.isValid(bytes)).isEqualTo(decodes(bytes));
  }

  /** Each sequence of the table at every position of a word, inside runs of ASCII. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"c3a9", "f09f9880", "c328", "eda080", "80", "ff", "e282", "f09f98", "c0af"})
  void isValid_sequenceAtAnyOffsetAmongAscii_agreesWithReportingDecoder(String hex) {
    byte[] sequence = HexFormat.of().parseHex(hex);
    for (int before = 0; before <= 17; before++) {
      for (int after = 0; after <= 17; after++) {
        byte[] bytes = new byte[before + sequence.length + after];
        Arrays.fill(bytes, (byte) 'a');
        System.arraycopy(sequence, 0, bytes, before, sequence.length);

        assertThat(Utf8Check.isValid(bytes))
            .as("%s after %d and before %d ASCII bytes", hex, before, after)
            .isEqualTo(decodes(bytes));
      }
    }
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
