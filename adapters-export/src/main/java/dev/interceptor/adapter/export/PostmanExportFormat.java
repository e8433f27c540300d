package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.port.out.ExportException;
import dev.interceptor.core.port.out.RequestExportFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes requests as a Postman Collection v2.1.0, with one Postman folder per export folder.
 *
 * <p>The requests are held in memory while their folders are arranged, since a folder's requests
 * must be written together. URLs are written as URL objects whose parts rebuild the captured URL
 * exactly. Instances hold no state and may be shared.
 */
public final class PostmanExportFormat implements RequestExportFormat {

  /** The schema URL that marks a collection as v2.1.0. */
  public static final String SCHEMA =
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String name() {
    return "postman";
  }

  @Override
  public void export(RequestExport export, OutputStream out) {
    FolderTree root =
        FolderTree.of(
            export.requests(), request -> SecretRedaction.apply(request, export.includeSecrets()));

    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();

      json.writeStartObject();
      json.writeObjectFieldStart("info");
      json.writeStringField("name", export.title());
      json.writeStringField("schema", SCHEMA);
      json.writeEndObject();
      writeItems(json, root);
      json.writeEndObject();
    } catch (IOException e) {
      throw new ExportException("could not write the Postman export: " + e.getMessage(), e);
    }
  }

  private static void writeItems(JsonGenerator json, FolderTree folder) throws IOException {
    json.writeArrayFieldStart("item");
    for (FolderNode child : folder.children()) {
      if (child instanceof FolderTree sub) {
        json.writeStartObject();
        json.writeStringField("name", sub.name());
        writeItems(json, sub);
        json.writeEndObject();
      } else if (child instanceof FolderNode.Request leaf) {
        PostmanItemWriter.write(json, leaf.request());
      }
    }
    json.writeEndArray();
  }
}
