package dev.interceptor.core.model.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HarEntryIdsTest {

  private static final byte[] DIGEST = new byte[32];

  static {
    Arrays.fill(DIGEST, (byte) 0xab);
    DIGEST[0] = 0x01;
  }

  @Test
  void of_digestAndIndex_keepsEightDigestBytesAndTheIndex() {
    assertThat(HarEntryIds.of(DIGEST, 12)).isEqualTo("har-01ababababababab-12");
  }

  @Test
  void of_shortDigest_isRefusedNamingTheLength() {
    assertThatThrownBy(() -> HarEntryIds.of(new byte[16], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 16 bytes");
  }

  @Test
  void of_negativeIndex_isRefused() {
    assertThatThrownBy(() -> HarEntryIds.of(DIGEST, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index");
  }
}
