package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.port.out.ExportException;
import dev.interceptor.core.port.out.RequestExportFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes requests as a HAR 1.2 log (W3C Web Performance draft "HTTP Archive 1.2").
 *
 * <p>Entries are streamed: each request is written as soon as the export's iterable yields it, so
 * memory does not grow with the number of entries. Bodies that are not valid UTF-8 are written in
 * base64 with the extension field {@code "_encoding":"base64"} (HAR 1.2 has no encoding field for
 * request bodies; names starting with an underscore are reserved for extensions). Not thread-safe
 * per call; instances hold no state and may be shared.
 */
public final class HarExportFormat implements RequestExportFormat {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String name() {
    return "har";
  }

  @Override
  public void export(RequestExport export, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();

      json.writeStartObject();
      json.writeObjectFieldStart("log");
      json.writeStringField("version", "1.2");
      json.writeObjectFieldStart("creator");
      json.writeStringField("name", "Interceptor");
      json.writeStringField("version", CreatorVersion.get());
      json.writeEndObject();
      json.writeStringField("comment", export.title());

      json.writeArrayFieldStart("entries");
      for (ExportedRequest exported : export.requests()) {
        HarEntryWriter.write(
            json, SecretRedaction.apply(exported.request(), export.includeSecrets()));
      }
      json.writeEndArray();

      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new ExportException("could not write the HAR export: " + e.getMessage(), e);
    }
  }
}
