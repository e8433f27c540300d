package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.port.out.CookieExportFormat;
import dev.interceptor.core.port.out.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes cookies as a JSON array in the shape of {@code chrome.cookies.Cookie}: {@code
 * expirationDate} in seconds since the epoch (absent for session cookies), {@code session}, and
 * {@code partitionKey.topLevelSite} for partitioned cookies, which this format keeps (C22).
 */
public final class JsonCookieExportFormat implements CookieExportFormat {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void export(List<Cookie> cookies, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (Cookie cookie : cookies) {
        write(json, cookie);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new ExportException("could not write the JSON cookie export: " + e.getMessage(), e);
    }
  }

  private static void write(JsonGenerator json, Cookie cookie) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", cookie.name());
    json.writeStringField("value", cookie.value());
    json.writeStringField(
        "domain", cookie.hostOnly() ? cookie.normalizedDomain() : "." + cookie.normalizedDomain());
    json.writeBooleanField("hostOnly", cookie.hostOnly());
    json.writeStringField("path", cookie.path());
    json.writeBooleanField("secure", cookie.secure());
    json.writeBooleanField("httpOnly", cookie.httpOnly());
    json.writeStringField("sameSite", cookie.sameSite());
    json.writeBooleanField("session", cookie.isSession());
    if (cookie.expires() != null) {
      json.writeNumberField("expirationDate", cookie.expires().getEpochSecond());
    }
    json.writeStringField("storeId", cookie.storeId());
    if (cookie.partitionKey() != null) {
      json.writeObjectFieldStart("partitionKey");
      json.writeStringField("topLevelSite", cookie.partitionKey());
      json.writeEndObject();
    }
    json.writeStringField("created", DateTimeFormatter.ISO_INSTANT.format(cookie.created()));
    json.writeEndObject();
  }
}
