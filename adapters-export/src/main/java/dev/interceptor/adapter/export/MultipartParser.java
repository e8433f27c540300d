package dev.interceptor.adapter.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a multipart/form-data body (RFC 7578) into its parts. Lenient: a body that does not parse
 * yields the parts found before the damage, never an exception.
 */
final class MultipartParser {

  /** One part: its field name, file name and media type when given, and its bytes. */
  record Part(
      String name, @Nullable String fileName, @Nullable String contentType, byte[] content) {

    Part {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern DISPOSITION_PARAM =
      Pattern.compile("(?i);\\s*(name|filename)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

  private MultipartParser() {}

  /** The boundary parameter of a Content-Type value. */
  static Optional<String> boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();

    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int afterDelimiter = at + delimiter.length;
      if (startsWith(body, afterDelimiter, "--")) {
        break;
      }
      int headersStart = skipLineEnd(body, afterDelimiter);
      int next = indexOf(body, delimiter, headersStart);
      if (next < 0) {
        break;
      }
      // RFC 2046 5.1.1: the line break before a delimiter belongs to the delimiter.
      int contentEnd = next;
      if (contentEnd > headersStart && body[contentEnd - 1] == '\n') {
        contentEnd--;
        if (contentEnd > headersStart && body[contentEnd - 1] == '\r') {
          contentEnd--;
        }
      }
      part(body, headersStart, contentEnd).ifPresent(parts::add);
      at = next;
    }
    return parts;
  }

  private static Optional<Part> part(byte[] body, int start, int end) {
    int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
    int separator = 4;
    if (headersEnd < 0 || headersEnd > end) {
      headersEnd = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), start);
      separator = 2;
    }
    if (headersEnd < 0 || headersEnd > end) {
      return Optional.empty();
    }

    String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
    String name = null;
    String fileName = null;
    String contentType = null;
    for (String line : headers.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (header.equals("content-type")) {
        contentType = value;
      } else if (header.equals("content-disposition")) {
        Matcher m = DISPOSITION_PARAM.matcher(value);
        while (m.find()) {
          String v = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
          if (m.group(1).equalsIgnoreCase("name")) {
            name = v;
          } else {
            fileName = v;
          }
        }
      }
    }
    if (name == null) {
      return Optional.empty();
    }
    byte[] content = Arrays.copyOfRange(body, headersEnd + separator, end);
    return Optional.of(new Part(name, fileName, contentType, content));
  }

  private static int skipLineEnd(byte[] body, int at) {
    if (startsWith(body, at, "\r\n")) {
      return at + 2;
    }
    return startsWith(body, at, "\n") ? at + 1 : at;
  }

  private static boolean startsWith(byte[] body, int at, String ascii) {
    if (at + ascii.length() > body.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (body[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] target, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= body.length - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (body[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
