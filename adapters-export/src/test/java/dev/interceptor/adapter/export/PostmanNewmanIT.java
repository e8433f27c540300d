package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Postman export loads in the postman-collection SDK and newman replays it faithfully. */
class PostmanNewmanIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(RequestExport export) throws Exception {
    Path file = dir.resolve("collection.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      new PostmanExportFormat().export(export, out);
    }
    return file;
  }

  @Test
  void collection_loadedBySdk_rebuildsEveryUrlAndFolder() throws Exception {
    List<String> urls =
        List.of(
            "https://api.example.com:8443/v1/users/42?expand=team&x=",
            "https://api.example.com/items?foo=bar&foo=baz&baz=abc",
            "http://127.0.0.1:5000/",
            "https://example.com/a/b/?q=%F0%9F%8D%AA&flag");
    List<ExportedRequest> items =
        urls.stream()
            .map(u -> new ExportedRequest(FolderPath.of("api", "v1"), Requests.get(u)))
            .toList();

    NodeTools.Result result =
        NodeTools.node("load-postman.js", write(new RequestExport("c", items, true)).toString());

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    JsonNode loaded = JSON.readTree(result.stdout()).path("requests");
    assertThat(loaded).hasSize(urls.size());
    for (int i = 0; i < urls.size(); i++) {
      assertThat(loaded.get(i).path("url").asText()).isEqualTo(urls.get(i));
      assertThat(loaded.get(i).path("folders").toString()).isEqualTo("[\"api\",\"v1\"]");
    }
  }

  @Test
  void collection_runByNewman_reachesServerWithCapturedRequests() throws Exception {
    try (RecordingServer server = RecordingServer.start()) {
      String o = server.origin();
      List<CapturedRequest> requests =
          List.of(
              Requests.get(o + "/items?foo=bar&foo=baz&baz=abc", header("X-Note", "hello: world")),
              request(
                  "PUT",
                  o + "/notes/1",
                  text("{\"prop\":\"it's Alice's\"}"),
                  header("Content-Type", "application/json")),
              request(
                  "POST",
                  o + "/login",
                  text("user=a+b&pass=%26x"),
                  header("Content-Type", "application/x-www-form-urlencoded")),
              request(
                  "POST",
                  o + "/upload",
                  new RequestBody.Bytes(Requests.multipartA()),
                  header("Content-Type", "multipart/form-data; boundary=XyZ")));
      Files.writeString(dir.resolve("a.txt"), "abc");
      Path collection =
          write(
              new RequestExport(
                  "replay",
                  requests.stream()
                      .map(r -> new ExportedRequest(FolderPath.of("127.0.0.1"), r))
                      .toList(),
                  true));

      NodeTools.Result result =
          NodeTools.node("run-newman.js", collection.toString(), dir.toString());

      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
      List<RecordingServer.Received> received = server.received();
      assertThat(received)
          .extracting(RecordingServer.Received::method)
          .containsExactly("GET", "PUT", "POST", "POST");

      assertThat(received.get(0).rawQuery()).isEqualTo("foo=bar&foo=baz&baz=abc");
      assertThat(received.get(0).header("X-Note")).isEqualTo("hello: world");

      assertThat(new String(received.get(1).body(), StandardCharsets.UTF_8))
          .isEqualTo("{\"prop\":\"it's Alice's\"}");
      assertThat(received.get(1).header("Content-Type")).isEqualTo("application/json");

      assertThat(FormEncoding.decode(new String(received.get(2).body(), StandardCharsets.UTF_8)))
          .containsExactly(new FormField("user", "a b"), new FormField("pass", "&x"));

      String contentType = received.get(3).header("Content-Type");
      List<MultipartParser.Part> parts =
          MultipartParser.parse(
              received.get(3).body(), MultipartParser.boundary(contentType).orElseThrow());
      assertThat(parts).extracting(MultipartParser.Part::name).containsExactly("note", "file");
      assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("hello");
      assertThat(parts.get(1).fileName()).isEqualTo("a.txt");
      assertThat(new String(parts.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("abc");
    }
  }
}
