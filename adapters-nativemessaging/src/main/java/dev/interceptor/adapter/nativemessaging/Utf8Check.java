package dev.interceptor.adapter.nativemessaging;

/**
 * Checks that bytes are well-formed UTF-8 without decoding them into characters, so that a frame
 * can be parsed straight from its bytes.
 *
 * <p>RFC 3629 section 4: overlong forms, surrogates (U+D800 to U+DFFF) and code points above
 * U+10FFFF are refused, as a reporting {@code CharsetDecoder} refuses them.
 */
final class Utf8Check {

  private Utf8Check() {}

  /** Whether {@code bytes} hold only well-formed UTF-8. */
  static boolean isValid(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
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
