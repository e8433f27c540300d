package dev.interceptor.adapter.nativemessaging;

/**
 * Checks that bytes are well-formed UTF-8 without decoding them into characters, so that a frame
 * can be parsed straight from its bytes: {@link Utf8StreamCheck} over the whole array.
 *
 * <p>RFC 3629 section 4: overlong forms, surrogates (U+D800 to U+DFFF) and code points above
 * U+10FFFF are refused, as a reporting {@code CharsetDecoder} refuses them.
 */
final class Utf8Check {

  private Utf8Check() {}

  /** Whether {@code bytes} hold only well-formed UTF-8. */
  static boolean isValid(byte[] bytes) {
    Utf8StreamCheck check = new Utf8StreamCheck();
    check.feed(bytes, 0, bytes.length);
    return check.isValid();
  }
}
