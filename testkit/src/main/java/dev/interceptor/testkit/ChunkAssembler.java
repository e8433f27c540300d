package dev.interceptor.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Joins {@code chunk} frames back into the message they carry, as the extension must. */
final class ChunkAssembler {

  private final ObjectMapper json;
  private final Map<String, StringBuilder> pending = new HashMap<>();
  private final Map<String, Integer> nextIndex = new HashMap<>();

  ChunkAssembler(ObjectMapper json) {
    this.json = json;
  }

  /** A message to deliver: the frame itself, or the whole message once its last chunk arrived. */
  Optional<ObjectNode> accept(ObjectNode frame) {
    if (!frame.path("type").asText().equals("chunk")) {
      return Optional.of(frame);
    }
    String id = frame.path("id").asText();
    int index = frame.path("index").asInt();
    int count = frame.path("count").asInt();
    int expected = nextIndex.getOrDefault(id, 0);
    if (index != expected) {
      throw new IllegalStateException("chunk " + index + " of " + id + " came before " + expected);
    }
    pending.computeIfAbsent(id, k -> new StringBuilder()).append(frame.path("data").asText());
    nextIndex.put(id, index + 1);
    if (index + 1 < count) {
      return Optional.empty();
    }

    String whole = pending.remove(id).toString();
    nextIndex.remove(id);
    try {
      JsonNode node = json.readTree(whole);
      return Optional.of((ObjectNode) node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chunks of " + id + " do not join into JSON", e);
    }
  }
}
