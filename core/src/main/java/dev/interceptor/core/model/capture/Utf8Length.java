package dev.interceptor.core.model.capture;

/**
 * The length of a text's UTF-8 form, counted without encoding it: a body may be tens of megabytes,
 * and a copy only to learn its length would double the memory it takes.
 */
final class Utf8Length {

  private Utf8Length() {}

  /** The length as {@code String.getBytes(UTF_8)} makes it: a lone surrogate becomes one '?'. */
  static long of(String text) {
    long length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 1;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
