package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.bytes;
import static dev.interceptor.adapter.export.Requests.get;
import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our HAR exports pass har-validator (npm), the reference HAR 1.2 schema check. */
class HarValidatorIT {

  @TempDir Path dir;

  private Path export(RequestExport export) throws Exception {
    Path file = Files.createTempFile(dir, "export", ".har");
    try (OutputStream out = Files.newOutputStream(file)) {
      new HarExportFormat().export(export, out);
    }
    return file;
  }

  @Test
  void export_everyBodyKindAndFailure_passesHarValidator() throws Exception {
    List<CapturedRequest> requests =
        List.of(
            request(
                "POST",
                "https://api.example.com/form",
                text("param1=value1&param2=value2"),
                header("Content-Type", "application/x-www-form-urlencoded")),
            request(
                "POST",
                "https://api.example.com/posts",
                text("{\"title\":\"foo\"}"),
                header("Content-Type", "application/json")),
            request(
                "POST",
                "https://api.example.com/blob",
                bytes(0x00, 0xFF, 0x10, 0x80),
                header("Content-Type", "application/octet-stream")),
            get("https://api.example.com/items?foo=bar&foo=baz&baz=abc", header("X-Empty", "")),
            request(
                "POST",
                "https://api.example.com/upload",
                new RequestBody.Bytes(Requests.multipartA()),
                header("Content-Type", "multipart/form-data; boundary=XyZ")),
            request(
                "POST",
                "https://api.example.com/upload",
                RequestBody.NONE,
                header("Content-Type", "multipart/form-data")),
            request(
                "POST",
                "https://api.example.com/login",
                new RequestBody.Form(List.of(new FormField("user", "ann"))),
                header("Content-Type", "multipart/form-data; boundary=x")),
            request("patch", "https://api.example.com/items/1", text("{\"a\":1}")),
            request(
                "GET",
                "https://api.example.com/",
                RequestBody.NONE,
                new CapturedResponse(
                    200,
                    "HTTP/2 200 OK",
                    List.of(header("Set-Cookie", "lang=en; Domain=example.com; Path=/"))),
                header("Cookie", "sid=abc123; pref=dark")),
            new CapturedRequest(
                "failed",
                Requests.TIME,
                "https://down.example.com/",
                "GET",
                List.of(),
                RequestBody.NONE,
                0,
                false,
                false,
                ResourceType.DOCUMENT,
                1,
                null,
                null,
                "net::ERR_NAME_NOT_RESOLVED"));

    Path secretsKept = export(Requests.export(true, requests.toArray(CapturedRequest[]::new)));
    Path redacted = export(Requests.export(false, requests.toArray(CapturedRequest[]::new)));
    NodeTools.Result result =
        NodeTools.node("validate-har.js", secretsKept.toString(), redacted.toString());

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("valid: " + secretsKept, "valid: " + redacted);
  }

  @Test
  void export_everyImportedFixture_passesHarValidator() throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> fixtures = Files.list(HarImporterTest.fixture(""))) {
      for (Path fixture : fixtures.filter(f -> f.toString().endsWith(".har")).sorted().toList()) {
        List<ExportedRequest> imported = new ArrayList<>();
        new HarImporter()
            .importFile(fixture, r -> imported.add(new ExportedRequest(FolderPath.ROOT, r)));
        files.add(
            export(new RequestExport(fixture.getFileName().toString(), imported, false))
                .toString());
      }
    }

    // One node process for all files: starting node and compiling the schema dominate the time.
    NodeTools.Result result = NodeTools.node("validate-har.js", files.toArray(String[]::new));

    assertThat(files).hasSize(16);
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout().lines().filter(l -> l.startsWith("valid: "))).hasSize(16);
  }

  @Test
  void validator_harWithoutCreator_isRejected() throws Exception {
    Path broken = dir.resolve("broken.har");
    Files.writeString(broken, "{\"log\":{\"version\":\"1.2\",\"entries\":[]}}");

    NodeTools.Result result = NodeTools.node("validate-har.js", broken.toString());

    // The consumer really checks: a log without its required creator fails.
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("invalid: " + broken);
  }
}
