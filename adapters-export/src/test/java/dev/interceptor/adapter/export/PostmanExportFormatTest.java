package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.get;
import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static dev.interceptor.adapter.export.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmanExportFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PostmanExportFormat postman = new PostmanExportFormat();

  private JsonNode collection(RequestExport export) throws Exception {
    return JSON.readTree(write(postman, export));
  }

  @Test
  void export_urlWithPortAndQuery_writesUrlObject() throws Exception {
    String url = "https://api.example.com:8443/v1/users/42?expand=team&x=";

    JsonNode item = collection(Requests.export(get(url))).path("item").get(0);

    assertThat(item.path("request").path("url"))
        .isEqualTo(
            JSON.readTree(
                "{\"raw\":\"https://api.example.com:8443/v1/users/42?expand=team&x=\","
                    + "\"protocol\":\"https\",\"host\":[\"api\",\"example\",\"com\"],"
                    + "\"port\":\"8443\",\"path\":[\"v1\",\"users\",\"42\"],"
                    + "\"query\":[{\"key\":\"expand\",\"value\":\"team\"},"
                    + "{\"key\":\"x\",\"value\":\"\"}]}"));
  }

  @Test
  void export_anyRequest_declaresSchemaAndTitle() throws Exception {
    JsonNode info = collection(Requests.export(get("https://a.example/"))).path("info");

    assertThat(info.path("schema").asText())
        .isEqualTo("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    assertThat(info.path("name").asText()).isEqualTo("History");
  }

  @Test
  void export_repeatedQueryKeys_keepsThreeEntriesInOrder() throws Exception {
    JsonNode query =
        collection(Requests.export(get("https://api.example.com/items?foo=bar&foo=baz&baz=abc")))
            .path("item")
            .get(0)
            .path("request")
            .path("url")
            .path("query");

    assertThat(query)
        .isEqualTo(
            JSON.readTree(
                "[{\"key\":\"foo\",\"value\":\"bar\"},{\"key\":\"foo\",\"value\":\"baz\"},"
                    + "{\"key\":\"baz\",\"value\":\"abc\"}]"));
  }

  @Test
  void export_folders_nestsItemsInFirstSeenOrder() throws Exception {
    RequestExport export =
        new RequestExport(
            "shop",
            List.of(
                new ExportedRequest(
                    FolderPath.of("api.example.com", "v1"), get("https://api.example.com/v1/a")),
                new ExportedRequest(FolderPath.ROOT, get("https://other.example/")),
                new ExportedRequest(
                    FolderPath.of("api.example.com", "v1"), get("https://api.example.com/v1/b")),
                new ExportedRequest(
                    FolderPath.of("api.example.com"), get("https://api.example.com/"))),
            true);

    JsonNode items = collection(export).path("item");

    assertThat(items.get(0).path("name").asText()).isEqualTo("api.example.com");
    JsonNode host = items.get(0).path("item");
    assertThat(host.get(0).path("name").asText()).isEqualTo("v1");
    assertThat(host.get(0).path("item")).hasSize(2);
    assertThat(host.get(0).path("item").get(1).path("name").asText()).isEqualTo("GET /v1/b");
    assertThat(host.get(1).path("name").asText()).isEqualTo("GET /");
    assertThat(items.get(1).path("name").asText()).isEqualTo("GET /");
  }

  @Test
  void export_multipartBody_writesFormDataWithFilePart() throws Exception {
    JsonNode request =
        collection(
                Requests.export(
                    request(
                        "POST",
                        "https://api.example.com/upload",
                        new RequestBody.Bytes(Requests.multipartA()),
                        header("Content-Type", "multipart/form-data; boundary=XyZ"))))
            .path("item")
            .get(0)
            .path("request");

    assertThat(request.path("body"))
        .isEqualTo(
            JSON.readTree(
                "{\"mode\":\"formdata\",\"formdata\":["
                    + "{\"key\":\"note\",\"value\":\"hello\",\"type\":\"text\"},"
                    + "{\"key\":\"file\",\"type\":\"file\",\"src\":\"a.txt\","
                    + "\"contentType\":\"text/plain\"}]}"));
    // The captured boundary would not match the one Postman generates.
    assertThat(request.path("header")).isEmpty();
  }

  @Test
  void export_urlEncodedBody_writesUrlEncodedMode() throws Exception {
    JsonNode body =
        collection(
                Requests.export(
                    request(
                        "POST",
                        "https://a.example/login",
                        text("user=a+b&pass=%26"),
                        header("Content-Type", "application/x-www-form-urlencoded"))))
            .path("item")
            .get(0)
            .path("request")
            .path("body");

    assertThat(body.path("mode").asText()).isEqualTo("urlencoded");
    assertThat(body.path("urlencoded").get(0).path("value").asText()).isEqualTo("a b");
    assertThat(body.path("urlencoded").get(1).path("value").asText()).isEqualTo("&");
  }

  @Test
  void export_jsonBody_writesRawModeWithLanguage() throws Exception {
    JsonNode body =
        collection(
                Requests.export(
                    request(
                        "PUT",
                        "https://a.example/x",
                        text("{\"id\":1}"),
                        header("Content-Type", "application/json"))))
            .path("item")
            .get(0)
            .path("request")
            .path("body");

    assertThat(body)
        .isEqualTo(
            JSON.readTree(
                "{\"mode\":\"raw\",\"raw\":\"{\\\"id\\\":1}\","
                    + "\"options\":{\"raw\":{\"language\":\"json\"}}}"));
  }
}
