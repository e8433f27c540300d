package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.core.model.capture.HarEntryIds;
import dev.interceptor.core.port.out.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the entries of a HAR 1.2 file into {@code capture} messages of {@code docs/protocol.md}, as
 * the extension would have sent them, so that real traffic can drive a host without a browser.
 *
 * <p>Each capture's id is derived from the file's content and the entry's position by {@link
 * HarEntryIds}, as {@code import} derives it, so the same file sent twice, or sent and imported, is
 * stored once. HTTP/2 pseudo-headers are left out (browsers do not report them); a body marked
 * base64 is sent as bytes; a response of status 0 becomes a failed request. Entries without a
 * method, URL or readable start time are skipped and counted.
 */
public final class HarCaptureSource {

  private final List<ObjectNode> captures;
  private final int skippedEntries;

  private HarCaptureSource(List<ObjectNode> captures, int skippedEntries) {
    this.captures = List.copyOf(captures);
    this.skippedEntries = skippedEntries;
  }

  /**
   * Reads a HAR file (a UTF-8 byte-order mark is skipped).
   *
   * @throws IOException when the file cannot be read or is not JSON
   * @throws ImportException when it is JSON but not a HAR document
   */
  public static HarCaptureSource read(Path har) throws IOException {
    byte[] bytes = Files.readAllBytes(har);
    int start = hasBom(bytes) ? 3 : 0;
    ObjectMapper mapper = WireJson.mapper();
    JsonNode root = mapper.readTree(bytes, start, bytes.length - start);
    JsonNode entries = root == null ? null : root.path("log").get("entries");
    if (entries == null || !entries.isArray()) {
      throw new ImportException(har + " is not a HAR file: it has no log.entries array");
    }

    // Hand-written files often lack start times: fall back to the first page's, then the file's.
    Instant fallback =
        parseTime(root.path("log").path("pages").path(0).path("startedDateTime").asText(""));
    if (fallback == null) {
      fallback = Files.getLastModifiedTime(har).toInstant();
    }
    byte[] digest = sha256(bytes);
    List<ObjectNode> captures = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < entries.size(); i++) {
      ObjectNode capture = toCapture(mapper, entries.get(i), HarEntryIds.of(digest, i), fallback);
      if (capture == null) {
        skipped++;
      } else {
        captures.add(capture);
      }
    }
    return new HarCaptureSource(captures, skipped);
  }

  /** The capture messages, in the file's order; each is a fresh copy the caller may change. */
  public List<ObjectNode> captures() {
    return captures.stream().map(ObjectNode::deepCopy).toList();
  }

  /** How many entries could not be turned into a capture. */
  public int skippedEntries() {
    return skippedEntries;
  }

  private static @Nullable ObjectNode toCapture(
      ObjectMapper mapper, JsonNode entry, String id, Instant fallbackTime) {
    JsonNode request = entry.path("request");
    String method = request.path("method").asText("");
    String url = request.path("url").asText("");
    Instant parsed = parseTime(entry.path("startedDateTime").asText(""));
    Instant started = parsed == null ? fallbackTime : parsed;
    if (method.isEmpty() || url.isEmpty()) {
      return null;
    }

    ObjectNode capture = mapper.createObjectNode();
    capture.put("type", "capture");
    capture.put("id", id);
    capture.put("time", started.toEpochMilli());
    capture.put("url", url);
    capture.put("method", method);
    ArrayNode headers = headers(mapper, request.path("headers"));
    capture.set("requestHeaders", headers);
    if (addBody(mapper, capture, request)) {
      addContentType(headers, request.path("postData").path("mimeType").asText(""));
    }
    capture.put("resourceType", entry.path("_resourceType").asText("other"));
    capture.put("tabId", -1);
    addResponse(mapper, capture, entry.path("response"));
    return capture;
  }

  /**
   * A browser sends a body with its Content-Type header, and a HAR writer copies that header's
   * value into postData.mimeType; hand-written files often give only the latter. Import adds the
   * header the same way, so that a request simulated and one imported from the same entry are
   * alike.
   */
  private static void addContentType(ArrayNode headers, String mimeType) {
    if (mimeType.isBlank()) {
      return;
    }
    for (JsonNode h : headers) {
      if (h.path("name").asText("").equalsIgnoreCase("Content-Type")) {
        return;
      }
    }
    headers.addObject().put("name", "Content-Type").put("value", mimeType);
  }

  /** Adds the entry's body, if it has one, and says whether it did. */
  private static boolean addBody(ObjectMapper mapper, ObjectNode capture, JsonNode request) {
    JsonNode post = request.path("postData");
    if (post.isMissingNode() || post.isNull()) {
      return false;
    }
    ObjectNode body = mapper.createObjectNode();
    String text = post.path("text").asText("");
    String encoding = post.path("_encoding").asText(post.path("encoding").asText(""));
    JsonNode params = post.path("params");
    if (!text.isEmpty() && encoding.equalsIgnoreCase("base64")) {
      body.put("base64", text);
    } else if (text.isEmpty() && params.isArray() && params.size() > 0) {
      ArrayNode fields = body.putArray("formData");
      boolean filesOmitted = false;
      for (JsonNode p : params) {
        fields
            .addObject()
            .put("name", p.path("name").asText(""))
            .put("value", p.path("value").asText(""));
        filesOmitted |= p.has("fileName") && !p.has("value");
      }
      capture.put("filePartsOmitted", filesOmitted);
    } else {
      body.put("text", text);
    }
    capture.set("body", body);

    long size = request.path("bodySize").asLong(-1);
    if (size >= 0 && !(size == 0 && !text.isEmpty())) {
      capture.put("bodySize", size);
    }
    return !text.isEmpty() || params.isArray() && params.size() > 0;
  }

  private static void addResponse(ObjectMapper mapper, ObjectNode capture, JsonNode response) {
    int status = response.path("status").asInt(0);
    if (status <= 0) {
      capture.put("error", response.path("_error").asText("net::ERR_FAILED"));
      return;
    }
    String version = response.path("httpVersion").asText("");
    String reason = response.path("statusText").asText("");
    String line =
        (version.isEmpty() ? "" : version + " ") + status + (reason.isEmpty() ? "" : " " + reason);
    ObjectNode r = capture.putObject("response");
    r.put("status", status);
    r.put("statusLine", line);
    r.set("headers", headers(mapper, response.path("headers")));
  }

  private static ArrayNode headers(ObjectMapper mapper, JsonNode headers) {
    ArrayNode out = mapper.createArrayNode();
    for (JsonNode h : headers) {
      String name = h.path("name").asText("");
      if (name.isEmpty() || name.startsWith(":")) {
        continue;
      }
      out.addObject().put("name", name).put("value", h.path("value").asText(""));
    }
    return out;
  }

  private static @Nullable Instant parseTime(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
