package dev.interceptor.adapter.nativemessaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Undoes the escapes of a JSON string (RFC 8259 section 7) in the UTF-8 bytes that hold it, so that
 * the string needs no second buffer. The input must already be known to be a valid JSON string: the
 * parser has checked it.
 */
final class JsonStrings {

  /** Eight bytes read as one long: see {@link Utf8Check}, the host compiles with C1 only. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = '"' * ONES;
  private static final long BACKSLASHES = '\\' * ONES;

  private JsonStrings() {}

  /**
   * Whether the string starting at {@code start} can be unescaped into UTF-8: an escaped surrogate
   * (JSON.stringify writes only lone ones so) has no UTF-8 form, so such a string is left to the
   * parser.
   */
  static boolean unescapable(byte[] bytes, int start) {
    int i = start;
    while (true) {
      i = skipPlain(bytes, i);
      if (bytes[i] == '"') {
        return true;
      }
      if (bytes[i] != '\\') {
        i++;
        continue;
      }
      if (bytes[i + 1] == 'u' && isSurrogate(hex4(bytes, i + 2))) {
        return false;
      }
      i += 2;
    }
  }

  /**
   * Rewrites the string starting at {@code start} (just after its opening quote) without escapes,
   * from {@code start} on, and returns the index just after its last byte. The UTF-8 form of an
   * escape is never longer than the escape, so writing never overtakes reading.
   */
  static int unescapeInPlace(byte[] bytes, int start) {
    // Up to the first escape nothing moves.
    int read = skipPlain(bytes, start);
    int write = read;
    while (true) {
      byte b = bytes[read];
      if (b == '"') {
        return write;
      }
      if (b != '\\') {
        bytes[write++] = b;
        read++;
        continue;
      }
      byte escape = bytes[read + 1];
      read += 2;
      if (escape == 'u') {
        write = putUtf8(bytes, write, hex4(bytes, read));
        read += 4;
      } else {
        bytes[write++] = simpleEscape(escape);
      }
    }
  }

  /**
   * Rewrites UTF-8 bytes in {@code [start, end)} as ISO-8859-1 when every character is below
   * U+0100, and returns the new end; returns -1, leaving the bytes as they are, otherwise. A {@code
   * String} of ISO-8859-1 bytes is made by one copy, where decoding UTF-8 with any non-ASCII
   * character in it copies twice.
   */
  static int toLatin1InPlace(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if ((bytes[i] & 0xFF) > 0xC3) {
        return -1;
      }
    }

    int write = start;
    for (int read = start; read < end; read++) {
      int b = bytes[read] & 0xFF;
      if (b < 0x80) {
        bytes[write++] = (byte) b;
      } else {
        // Only C2 and C3 lead bytes remain: U+0080 to U+00FF in two bytes.
        bytes[write++] = (byte) ((b & 0x03) << 6 | bytes[++read] & 0x3F);
      }
    }
    return write;
  }

  /**
   * The index of the first word, from {@code i}, that may hold a quote or a backslash; the bytes
   * from there on are to be looked at one by one. Most strings have long runs without either.
   */
  private static int skipPlain(byte[] bytes, int i) {
    int at = i;
    while (bytes.length - at >= Long.BYTES) {
      long word = (long) WORDS.get(bytes, at);
      if (hasZeroByte(word ^ QUOTES) || hasZeroByte(word ^ BACKSLASHES)) {
        return at;
      }
      at += Long.BYTES;
    }
    return at;
  }

  /** Whether one of the eight bytes of {@code word} is zero. */
  private static boolean hasZeroByte(long word) {
    return ((word - ONES) & ~word & HIGH_BITS) != 0;
  }

  /** The byte a one-letter escape stands for: {@code n} for a line feed, and so on. */
  static byte simpleEscape(byte escape) {
    switch (escape) {
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        // '"', '\\' and '/' stand for themselves.
        return escape;
    }
  }

  private static int putUtf8(byte[] bytes, int at, int c) {
    if (c < 0x80) {
      bytes[at] = (byte) c;
      return at + 1;
    }
    if (c < 0x800) {
      bytes[at] = (byte) (0xC0 | c >> 6);
      bytes[at + 1] = (byte) (0x80 | c & 0x3F);
      return at + 2;
    }
    bytes[at] = (byte) (0xE0 | c >> 12);
    bytes[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
    bytes[at + 2] = (byte) (0x80 | c & 0x3F);
    return at + 3;
  }

  /**
   * The code unit that the four hex digits of a "backslash u" escape, from {@code at}, stand for.
   */
  static int hex4(byte[] bytes, int at) {
    int value = 0;
    for (int k = 0; k < 4; k++) {
      value = value << 4 | Character.digit(bytes[at + k], 16);
    }
    return value;
  }

  private static boolean isSurrogate(int c) {
    return c >= 0xD800 && c <= 0xDFFF;
  }
}
