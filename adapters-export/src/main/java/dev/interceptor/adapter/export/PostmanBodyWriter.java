package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormField;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Writes a Postman v2.1 {@code body} in the mode that fits the captured body. */
final class PostmanBodyWriter {

  private PostmanBodyWriter() {}

  static void write(JsonGenerator json, CapturedRequest request, BodyView body) throws IOException {
    json.writeObjectFieldStart("body");
    if (body.isMultipart()) {
      writeFormData(json, body);
    } else if (body.isUrlEncoded() && PostmanItemWriter.urlEncodedFields(body).isPresent()) {
      writeUrlEncoded(json, PostmanItemWriter.urlEncodedFields(body).get());
    } else {
      writeRaw(json, request, body);
    }
    json.writeEndObject();
  }

  private static void writeRaw(JsonGenerator json, CapturedRequest request, BodyView body)
      throws IOException {
    Optional<String> text = body.isForm() ? Optional.empty() : body.text();
    if (text.isEmpty()) {
      // Postman v2.1 can only point at a file for a binary body; the bytes are in the HAR export.
      json.writeStringField("mode", "file");
      json.writeObjectFieldStart("file");
      json.writeEndObject();
      json.writeStringField(
          "description",
          "binary body of " + request.bodySize() + " bytes: export as HAR or cURL to keep it");
      return;
    }
    json.writeStringField("mode", "raw");
    json.writeStringField("raw", text.get());
    json.writeObjectFieldStart("options");
    json.writeObjectFieldStart("raw");
    json.writeStringField("language", PostmanItemWriter.rawLanguage(body));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeUrlEncoded(JsonGenerator json, List<FormField> fields)
      throws IOException {
    json.writeStringField("mode", "urlencoded");
    json.writeArrayFieldStart("urlencoded");
    for (FormField field : fields) {
      writeTextPart(json, field.name(), field.value(), null);
    }
    json.writeEndArray();
  }

  // C26: text parts as text, file parts as type file with the file name as src.
  private static void writeFormData(JsonGenerator json, BodyView body) throws IOException {
    json.writeStringField("mode", "formdata");
    json.writeArrayFieldStart("formdata");
    if (body.isForm()) {
      for (FormField field : body.formFields()) {
        writeTextPart(json, field.name(), field.value(), null);
      }
    }
    for (MultipartParser.Part part : body.multipartParts()) {
      if (part.fileName() != null) {
        json.writeStartObject();
        json.writeStringField("key", part.name());
        json.writeStringField("type", "file");
        json.writeStringField("src", part.fileName());
        if (part.contentType() != null) {
          json.writeStringField("contentType", part.contentType());
        }
        json.writeEndObject();
      } else {
        String value = BodyView.strictUtf8(part.content()).orElse("");
        writeTextPart(json, part.name(), value, part.contentType());
      }
    }
    json.writeEndArray();
  }

  private static void writeTextPart(
      JsonGenerator json, String key, String value, @org.jspecify.annotations.Nullable String type)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("key", key);
    json.writeStringField("value", value);
    json.writeStringField("type", "text");
    if (type != null) {
      json.writeStringField("contentType", type);
    }
    json.writeEndObject();
  }
}
