package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each exported cURL command, run by bash and real curl, delivers the captured request exactly. */
class CurlReplayIT {

  private static RecordingServer server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    server = RecordingServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  static Stream<Arguments> requests() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < 256; i++) {
      everyByte[i] = (byte) i;
    }
    return Stream.of(
        Arguments.of(
            "C30 single quotes in a JSON body",
            request(
                "POST",
                "/notes",
                text("{\"prop\":\"it's Alice's\"}"),
                header("Content-Type", "application/json"))),
        Arguments.of(
            "C32 empty header, colons, cookies",
            request(
                "GET",
                "/h",
                RequestBody.NONE,
                header("X-Trace-Enabled", ""),
                header("X-Note", "hello: world"),
                header("Cookie", "a=1; b=2"),
                header("X-Quotes", "a \"double\" and 'single' $HOME `x` \\n"))),
        Arguments.of(
            "C25 repeated query keys",
            request(
                "GET", "/items?foo=bar&foo=baz&baz=abc&e=%F0%9F%8D%AA&q=a+b", RequestBody.NONE)),
        Arguments.of(
            "C35 lower-case method",
            request(
                "patch",
                "/items/1",
                text("{\"a\":1}"),
                header("Content-Type", "application/json"))),
        Arguments.of(
            "C23 binary body with NUL and every byte value",
            request(
                "POST",
                "/blob",
                new RequestBody.Bytes(everyByte),
                header("Content-Type", "application/octet-stream"))),
        Arguments.of(
            "invalid UTF-8 without NUL",
            request(
                "PUT",
                "/raw",
                Requests.bytes(0xFF, 0x10, 0x80, '-', '\''),
                header("Content-Type", "application/octet-stream"))),
        Arguments.of(
            "text with CR, LF, tab and non-ASCII",
            request(
                "POST",
                "/text",
                text("line 1\r\nzweite Zeile: grüße\t✓\n"),
                header("Content-Type", "text/plain; charset=utf-8"))),
        Arguments.of(
            "C26 multipart body with its boundary",
            request(
                "POST",
                "/upload",
                new RequestBody.Bytes(Requests.multipartA()),
                header("Content-Type", "multipart/form-data; boundary=XyZ"))),
        Arguments.of(
            "URL-encoded form the browser decoded",
            request(
                "POST",
                "/login",
                new RequestBody.Form(
                    List.of(new FormField("user", "a b&c"), new FormField("x", "é"))),
                header("Content-Type", "application/x-www-form-urlencoded"))),
        Arguments.of(
            "body without Content-Type, starting with @ and -",
            request("POST", "/at", text("@/etc/passwd -d x"))),
        Arguments.of(
            "large body, no Expect header",
            request(
                "POST", "/large", text("x".repeat(5000)), header("Content-Type", "text/plain"))),
        Arguments.of(
            "brackets in the URL", request("GET", "/q?foo[bar]=baz,zap", RequestBody.NONE)));
  }

  private static CapturedRequest at(CapturedRequest request) {
    return new CapturedRequest(
        request.id(),
        request.time(),
        server.origin() + request.url(),
        request.method(),
        request.requestHeaders(),
        request.body(),
        request.bodySize(),
        false,
        false,
        request.resourceType(),
        request.tabId(),
        null,
        null,
        null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void curlCommand_runByBash_deliversRequestByteForByte(String name, CapturedRequest template) {
    CapturedRequest request = at(template);
    String command = Requests.write(new CurlExportFormat(), Requests.export(request)).strip();
    int before = server.received().size();

    NodeTools.Result result =
        NodeTools.run(List.of("bash", "-c", command + " --silent --show-error --fail"), dir);

    assertThat(result.exitCode()).as(command + "\n" + result.stderr()).isZero();
    assertThat(server.received()).hasSize(before + 1);
    RecordingServer.Received received = server.received().get(before);
    assertThat(received.method()).isEqualTo(request.method());
    String pathAndQuery =
        received.rawPath() + (received.rawQuery() == null ? "" : "?" + received.rawQuery());
    assertThat(server.origin() + pathAndQuery).isEqualTo(request.url());
    for (HttpHeader header : request.requestHeaders()) {
      assertThat(received.headers().get(header.name()))
          .as("header %s", header.name())
          .containsExactly(header.value());
    }
    assertThat(received.body()).isEqualTo(expectedBody(request));
    assertThat(received.headers().containsKey("Expect")).isFalse();
  }

  private static byte[] expectedBody(CapturedRequest request) {
    if (request.body() instanceof RequestBody.Form form) {
      return FormEncoding.encode(form.fields()).getBytes(StandardCharsets.UTF_8);
    }
    return RequestBody.toBytes(request.body());
  }

  @Test
  void curlCommand_withSingleQuotes_runsInPosixSh() {
    CapturedRequest request =
        at(
            request(
                "POST",
                "/sh",
                text("{\"prop\":\"it's Alice's\"}"),
                header("Content-Type", "application/json")));
    String command = Requests.write(new CurlExportFormat(), Requests.export(request)).strip();
    int before = server.received().size();

    NodeTools.Result result = NodeTools.run(List.of("sh", "-c", command + " --silent"), dir);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    byte[] body = server.received().get(before).body();
    assertThat(body).hasSize(23);
    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"prop\":\"it's Alice's\"}");
  }
}
