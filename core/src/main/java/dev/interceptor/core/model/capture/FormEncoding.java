package dev.interceptor.core.model.capture;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** application/x-www-form-urlencoded, as the WHATWG URL standard's serializer writes it. */
public final class FormEncoding {

  private FormEncoding() {}

  /** Encodes fields in order; repeated names stay repeated. */
  public static String encode(List<FormField> fields) {
    return fields.stream()
        .map(f -> enc(f.name()) + "=" + enc(f.value()))
        .collect(Collectors.joining("&"));
  }

  /** Decodes a body or query string; a pair without {@code =} becomes a field with no value. */
  public static List<FormField> decode(String text) {
    List<FormField> fields = new ArrayList<>();
    if (text.isEmpty()) {
      return fields;
    }
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.add(new FormField(dec(name), dec(value)));
    }
    return fields;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A malformed escape is kept literally rather than losing the field.
      return s;
    }
  }
}
