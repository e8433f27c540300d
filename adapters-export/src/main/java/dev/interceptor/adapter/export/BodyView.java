package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A request's body together with its declared media type, as the formats need to see it. */
final class BodyView {

  private final RequestBody body;
  private final String mimeType;

  private BodyView(RequestBody body, String mimeType) {
    this.body = body;
    this.mimeType = mimeType;
  }

  static BodyView of(CapturedRequest request) {
    return new BodyView(request.body(), request.requestHeader("Content-Type").orElse(""));
  }

  /** The Content-Type header as sent, or an empty string when there was none. */
  String mimeType() {
    return mimeType;
  }

  boolean hasContentType() {
    return !mimeType.isEmpty();
  }

  boolean isEmpty() {
    if (body instanceof RequestBody.Form f) {
      return f.fields().isEmpty();
    }
    return bytes().length == 0;
  }

  boolean isForm() {
    return body instanceof RequestBody.Form;
  }

  List<FormField> formFields() {
    return body instanceof RequestBody.Form f ? f.fields() : List.of();
  }

  boolean isUrlEncoded() {
    return essence().equals("application/x-www-form-urlencoded");
  }

  boolean isMultipart() {
    return essence().equals("multipart/form-data");
  }

  boolean isJson() {
    String essence = essence();
    return essence.equals("application/json") || essence.endsWith("+json");
  }

  /** The body's bytes: text in UTF-8, form fields URL-encoded. */
  byte[] bytes() {
    return RequestBody.toBytes(body);
  }

  /** The body as text when its bytes are valid UTF-8. */
  Optional<String> text() {
    if (body instanceof RequestBody.Text t) {
      return Optional.of(t.text());
    }
    return strictUtf8(bytes());
  }

  /** The multipart parts, when the body is multipart with a boundary and its bytes are known. */
  List<MultipartParser.Part> multipartParts() {
    if (!isMultipart() || isForm()) {
      return List.of();
    }
    return MultipartParser.boundary(mimeType)
        .map(b -> MultipartParser.parse(bytes(), b))
        .orElse(List.of());
  }

  static Optional<String> strictUtf8(byte[] data) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private String essence() {
    int semicolon = mimeType.indexOf(';');
    String essence = semicolon < 0 ? mimeType : mimeType.substring(0, semicolon);
    return essence.strip().toLowerCase(Locale.ROOT);
  }
}
