package dev.interceptor.adapter.installer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes and reads native messaging host manifests. */
final class ManifestCodec {

  static final String DESCRIPTION = "Interceptor bridge: captures API traffic and cookies";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  // One line ending on every system, so a manifest's bytes (and idempotence) do not depend on
  // where it was written.
  private static final ObjectWriter WRITER =
      MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private ManifestCodec() {}

  /**
   * The manifest as UTF-8 bytes without a byte-order mark (browsers reject one). Chromium-family
   * manifests list exact origins, Firefox-family manifests list add-on ids.
   */
  static byte[] render(
      String hostName, String launcherPath, BrowserFamily family, List<String> ids) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("name", hostName);
    manifest.put("description", DESCRIPTION);
    manifest.put("path", launcherPath);
    manifest.put("type", "stdio");
    if (family == BrowserFamily.CHROMIUM) {
      manifest.put("allowed_origins", ids.stream().map(ExtensionIds::origin).toList());
    } else {
      manifest.put("allowed_extensions", ids);
    }
    try {
      return (WRITER.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  /** Whether the bytes start with the UTF-8 byte-order mark. */
  static boolean hasBom(byte[] content) {
    return content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF;
  }

  /** The manifest's JSON object, empty when the bytes are not a JSON object. */
  static Optional<JsonNode> parse(byte[] content) {
    try {
      JsonNode node = MAPPER.readTree(content);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The manifest's {@code name}, empty when it has none or is not JSON. */
  static Optional<String> nameOf(byte[] content) {
    return parse(content)
        .map(node -> node.get("name"))
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText);
  }
}
