package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.capture.FormField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Cookie headers as HAR {@code cookies[]} objects; values are copied byte for byte (C21). */
final class HarCookies {

  private HarCookies() {}

  /**
   * The pairs of a Cookie request header. RFC 6265 5.4 joins pairs with "; "; a value may hold '='
   * and quotes, so only the first '=' splits. A segment without '=' becomes a cookie with an empty
   * name, as browsers treat it.
   */
  static List<FormField> fromCookieHeader(String header) {
    List<FormField> cookies = new ArrayList<>();
    for (String segment : header.split(";")) {
      String pair = segment.strip();
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      cookies.add(
          eq < 0
              ? new FormField("", pair)
              : new FormField(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip()));
    }
    return cookies;
  }

  /** Writes one Set-Cookie header (RFC 6265 5.2) as a HAR cookie object. */
  static void writeSetCookie(JsonGenerator json, String header) throws IOException {
    String[] segments = header.split(";");
    String pair = segments[0].strip();
    int eq = pair.indexOf('=');

    // RFC 6265 5.3: the last of a repeated attribute wins.
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 1; i < segments.length; i++) {
      String attribute = segments[i].strip();
      int aeq = attribute.indexOf('=');
      String name = (aeq < 0 ? attribute : attribute.substring(0, aeq)).strip();
      attributes.put(name.toLowerCase(Locale.ROOT), aeq < 0 ? "" : attribute.substring(aeq + 1));
    }

    json.writeStartObject();
    json.writeStringField("name", eq < 0 ? "" : pair.substring(0, eq).strip());
    json.writeStringField("value", eq < 0 ? pair : pair.substring(eq + 1).strip());
    // Expires and Max-Age need the response time to be exact; HAR makes them optional.
    writeIfPresent(json, attributes, "path", "path");
    writeIfPresent(json, attributes, "domain", "domain");
    writeIfPresent(json, attributes, "samesite", "sameSite");
    if (attributes.containsKey("httponly")) {
      json.writeBooleanField("httpOnly", true);
    }
    if (attributes.containsKey("secure")) {
      json.writeBooleanField("secure", true);
    }
    json.writeEndObject();
  }

  private static void writeIfPresent(
      JsonGenerator json, Map<String, String> attributes, String attribute, String field)
      throws IOException {
    String value = attributes.get(attribute);
    if (value != null) {
      json.writeStringField(field, value.strip());
    }
  }
}
