package dev.interceptor.adapter.nativemessaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes given piece by piece are well-formed UTF-8, as {@link Utf8Check} checks them
 * whole, so that a frame can be checked while it is copied and never held whole. A sequence may be
 * split across pieces. Not thread safe.
 *
 * <p>RFC 3629 section 4: overlong forms, surrogates and code points above U+10FFFF are refused.
 */
final class Utf8StreamCheck {

  /**
   * Eight bytes read as one long. The host runs the C1 compiler only, which compiles a
   * byte-at-a-time loop as it is; reading a word at a time checked a 2 KB frame seven times faster.
   */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  /** The high bit of each of the eight bytes: all clear when the eight are ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** Continuation bytes still expected for the sequence under way. */
  private int needed;

  /** The range of the next continuation byte: narrower than 80..BF only for the first one. */
  private int low = 0x80;

  private int high = 0xBF;
  private boolean broken;

  /** Checks {@code bytes[from, from + length)}, continuing the bytes given before. */
  void feed(byte[] bytes, int from, int length) {
    int end = from + length;
    int i = from;
    while (i < end && !broken) {
      // Most of a frame is ASCII: between sequences, skip it a word at a time.
      if (needed == 0 && end - i >= Long.BYTES && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if (needed > 0) {
        continuation(b);
      } else if (b >= 0x80) {
        lead(b);
      }
      i++;
    }
  }

  /** Whether every byte given so far is well-formed UTF-8 and no sequence is left unfinished. */
  boolean isValid() {
    return !broken && needed == 0;
  }

  private void continuation(int b) {
    if (b < low || b > high) {
      broken = true;
      return;
    }
    needed--;
    low = 0x80;
    high = 0xBF;
  }

  // RFC 3629 section 4: the range of the second byte depends on the lead byte.
  private void lead(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      needed = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      needed = 2;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      needed = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      broken = true;
    }
  }
}
