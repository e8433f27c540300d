package dev.interceptor.adapter.export;

import java.util.regex.Pattern;

/** Quotes words for bash so that the word bash passes on is exactly the given text or bytes. */
final class ShellQuoting {

  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellQuoting() {}

  /**
   * A POSIX single-quoted word, or the bare word when it has no special character. Inside single
   * quotes nothing is special but the quote itself, which is closed, escaped and reopened ({@code
   * '\''}) at every occurrence (C30).
   */
  static String quote(String word) {
    if (BARE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** True when {@link #quote} keeps the text on one line and free of control characters. */
  static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bash ANSI-C quoted word ({@code $'...'}) for bytes without NUL (bash words cannot hold it).
   * Control bytes and, when {@code utf8} is false, every byte above 0x7F are written as {@code
   * \xHH}; valid UTF-8 text is otherwise kept readable.
   */
  static String ansiC(byte[] data, boolean utf8) {
    String text =
        new String(
            data,
            utf8
                ? java.nio.charset.StandardCharsets.UTF_8
                : java.nio.charset.StandardCharsets.ISO_8859_1);
    StringBuilder sb = new StringBuilder("$'");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        default -> {
          if (c < 0x20 || c == 0x7f || !utf8 && c > 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('\'').toString();
  }

  /**
   * A single-quoted {@code printf} format that prints exactly {@code data}, NUL bytes included:
   * every byte that is not plain printable ASCII becomes a three-digit octal escape (POSIX printf).
   */
  static String printfFormat(byte[] data) {
    StringBuilder sb = new StringBuilder("'");
    for (int i = 0; i < data.length; i++) {
      int b = data[i] & 0xff;
      boolean plain = b >= 0x20 && b < 0x7f && b != '\\' && b != '%' && b != '\'';
      // A leading '-' would be read as an option.
      if (plain && !(i == 0 && b == '-')) {
        sb.append((char) b);
      } else {
        sb.append(String.format("\\%03o", b));
      }
    }
    return sb.append('\'').toString();
  }
}
