package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration of the wire: unknown fields ignored, absent fields not written. */
final class WireJson {

  // Jackson refuses strings over 20 million characters by default; a frame may carry a body of
  // up to the browser's 64 MiB limit, and the frame's length is already checked against it.
  private static final StreamReadConstraints FRAME_SIZED =
      StreamReadConstraints.builder().maxStringLength(FrameReader.BROWSER_TO_HOST_LIMIT).build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(FRAME_SIZED).build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private WireJson() {}

  /** The shared mapper; Jackson mappers are thread safe once configured. */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
