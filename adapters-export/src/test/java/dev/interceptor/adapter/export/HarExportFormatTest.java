package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.bytes;
import static dev.interceptor.adapter.export.Requests.export;
import static dev.interceptor.adapter.export.Requests.get;
import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static dev.interceptor.adapter.export.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarExportFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HarExportFormat har = new HarExportFormat();

  private static JsonNode firstEntry(String har) throws Exception {
    return JSON.readTree(har).path("log").path("entries").get(0);
  }

  @Test
  void export_urlEncodedBody_writesTextAndParamsWithoutEncoding() throws Exception {
    CapturedRequest post =
        request(
            "POST",
            "https://api.example.com/form",
            text("param1=value1&param2=value2"),
            header("Content-Type", "application/x-www-form-urlencoded"));

    JsonNode postData = firstEntry(write(har, export(post))).path("request").path("postData");

    assertThat(postData)
        .isEqualTo(
            JSON.readTree(
                "{\"mimeType\":\"application/x-www-form-urlencoded\","
                    + "\"text\":\"param1=value1&param2=value2\","
                    + "\"params\":[{\"name\":\"param1\",\"value\":\"value1\"},"
                    + "{\"name\":\"param2\",\"value\":\"value2\"}]}"));
  }

  @Test
  void export_jsonBody_writesTextVerbatim() throws Exception {
    CapturedRequest post =
        request(
            "POST",
            "https://api.example.com/posts",
            text("{\"title\":\"foo\"}"),
            header("Content-Type", "application/json"));

    JsonNode postData = firstEntry(write(har, export(post))).path("request").path("postData");

    assertThat(postData.path("text").asText()).isEqualTo("{\"title\":\"foo\"}");
    assertThat(postData.has("_encoding")).isFalse();
    assertThat(postData.has("params")).isFalse();
  }

  @Test
  void export_binaryBody_writesBase64WithEncodingField() throws Exception {
    CapturedRequest post =
        request(
            "POST",
            "https://api.example.com/blob",
            bytes(0x00, 0xFF, 0x10, 0x80),
            header("Content-Type", "application/octet-stream"));

    JsonNode request = firstEntry(write(har, export(post))).path("request");

    assertThat(request.path("bodySize").asInt()).isEqualTo(4);
    assertThat(request.path("postData").path("text").asText()).isEqualTo("AP8QgA==");
    assertThat(request.path("postData").path("_encoding").asText()).isEqualTo("base64");
  }

  @Test
  void export_repeatedQueryKeys_keepsOrderAndRepeats() throws Exception {
    String url = "https://api.example.com/items?foo=bar&foo=baz&baz=abc";

    JsonNode request = firstEntry(write(har, export(get(url)))).path("request");

    assertThat(request.path("url").asText()).isEqualTo(url);
    assertThat(request.path("queryString"))
        .isEqualTo(
            JSON.readTree(
                "[{\"name\":\"foo\",\"value\":\"bar\"},{\"name\":\"foo\",\"value\":\"baz\"},"
                    + "{\"name\":\"baz\",\"value\":\"abc\"}]"));
  }

  @Test
  void export_multipartBody_writesParsedParams() throws Exception {
    CapturedRequest post =
        request(
            "POST",
            "https://api.example.com/upload",
            new RequestBody.Bytes(Requests.multipartA()),
            header("Content-Type", "multipart/form-data; boundary=XyZ"));

    JsonNode postData = firstEntry(write(har, export(post))).path("request").path("postData");

    assertThat(postData.path("mimeType").asText()).isEqualTo("multipart/form-data; boundary=XyZ");
    assertThat(postData.path("params"))
        .isEqualTo(
            JSON.readTree(
                "[{\"name\":\"note\",\"value\":\"hello\"},{\"name\":\"file\","
                    + "\"fileName\":\"a.txt\",\"contentType\":\"text/plain\",\"value\":\"abc\"}]"));
  }

  @Test
  void export_multipartWithEmptyBody_writesEmptyParams() throws Exception {
    CapturedRequest post =
        request(
            "POST",
            "https://api.example.com/upload",
            RequestBody.NONE,
            header("Content-Type", "multipart/form-data"));

    JsonNode request = firstEntry(write(har, export(post))).path("request");

    assertThat(request.path("postData"))
        .isEqualTo(
            JSON.readTree("{\"mimeType\":\"multipart/form-data\",\"text\":\"\",\"params\":[]}"));
    assertThat(request.path("bodySize").asInt()).isZero();
  }

  @Test
  void export_browserDecodedForm_writesEncodedTextAndParams() throws Exception {
    CapturedRequest post =
        request(
            "POST",
            "https://api.example.com/login",
            new RequestBody.Form(List.of(new FormField("user", "a b"), new FormField("x", "1&2"))),
            header("Content-Type", "application/x-www-form-urlencoded"));

    JsonNode postData = firstEntry(write(har, export(post))).path("request").path("postData");

    assertThat(postData.path("text").asText()).isEqualTo("user=a+b&x=1%262");
    assertThat(postData.path("params").get(1).path("value").asText()).isEqualTo("1&2");
  }

  @Test
  void export_lowerCaseMethod_keepsMethodAsSent() throws Exception {
    CapturedRequest patch = request("patch", "https://api.example.com/items/1", text("{\"a\":1}"));

    JsonNode request = firstEntry(write(har, export(patch))).path("request");

    assertThat(request.path("method").asText()).isEqualTo("patch");
  }

  @Test
  void export_response_writesStatusHeadersAndSetCookies() throws Exception {
    CapturedResponse response =
        new CapturedResponse(
            302,
            "HTTP/1.1 302 Found",
            List.of(
                header("Location", "/next"),
                header("Set-Cookie", "jwt=eyJhbGciOiJIUzI1NiJ9.e30.sig==; Path=/; HttpOnly")));
    CapturedRequest request =
        request("GET", "https://api.example.com/", RequestBody.NONE, response);

    JsonNode harResponse = firstEntry(write(har, export(request))).path("response");

    assertThat(harResponse.path("status").asInt()).isEqualTo(302);
    assertThat(harResponse.path("statusText").asText()).isEqualTo("Found");
    assertThat(harResponse.path("httpVersion").asText()).isEqualTo("HTTP/1.1");
    assertThat(harResponse.path("redirectURL").asText()).isEqualTo("/next");
    assertThat(harResponse.path("cookies").get(0))
        .isEqualTo(
            JSON.readTree(
                "{\"name\":\"jwt\",\"value\":\"eyJhbGciOiJIUzI1NiJ9.e30.sig==\","
                    + "\"path\":\"/\",\"httpOnly\":true}"));
  }

  @Test
  void export_secretsNotIncluded_redactsCredentialHeadersCookiesAndQuery() throws Exception {
    CapturedRequest request =
        get(
            "https://api.example.com/a?access_token=t0k&page=2",
            header("Authorization", "Bearer abc"),
            header("Cookie", "sid=abc123; pref=dark"),
            header("X-Api-Key", "k1"),
            header("Accept", "application/json"));

    String written = write(har, export(false, request));
    JsonNode harRequest = firstEntry(written).path("request");

    assertThat(written).doesNotContain("t0k", "Bearer abc", "abc123", "k1");
    assertThat(harRequest.path("url").asText())
        .isEqualTo("https://api.example.com/a?access_token=REDACTED&page=2");
    assertThat(harRequest.path("headers").get(3).path("value").asText())
        .isEqualTo("application/json");
  }

  @Test
  void export_secretsIncluded_keepsCookieValues() throws Exception {
    CapturedRequest request =
        get("https://api.example.com/", header("Cookie", "token=abc123==; twid=\"u=42\""));

    JsonNode cookies =
        firstEntry(write(har, export(true, request))).path("request").path("cookies");

    assertThat(cookies)
        .isEqualTo(
            JSON.readTree(
                "[{\"name\":\"token\",\"value\":\"abc123==\"},"
                    + "{\"name\":\"twid\",\"value\":\"\\\"u=42\\\"\"}]"));
  }

  @Test
  void export_failedRequest_writesStatusZeroAndError() throws Exception {
    CapturedRequest failed =
        new CapturedRequest(
            "f1",
            Requests.TIME,
            "https://down.example.com/",
            "GET",
            List.of(),
            RequestBody.NONE,
            0,
            false,
            false,
            dev.interceptor.core.model.capture.ResourceType.XHR,
            1,
            null,
            null,
            "net::ERR_CONNECTION_REFUSED");

    JsonNode entry = firstEntry(write(har, export(failed)));

    assertThat(entry.path("response").path("status").asInt()).isZero();
    assertThat(entry.path("_error").asText()).isEqualTo("net::ERR_CONNECTION_REFUSED");
    assertThat(entry.path("startedDateTime").asText()).isEqualTo("2026-03-01T10:15:30.250Z");
  }

  @Test
  void export_tenThousandEntries_writesBeforeTheLastIsRead() {
    CountingOutputStream out = new CountingOutputStream();
    long[] writtenWhenLastRead = {-1};
    Iterable<ExportedRequest> lazy =
        () ->
            new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < 10_000;
              }

              @Override
              public ExportedRequest next() {
                if (next == 9_999) {
                  writtenWhenLastRead[0] = out.count;
                }
                next++;
                return new ExportedRequest(
                    FolderPath.ROOT, get("https://api.example.com/items/" + next));
              }
            };

    har.export(new RequestExport("History", lazy, true), out);

    // Streaming: almost all of the file had reached the stream before the last entry existed.
    assertThat(writtenWhenLastRead[0]).isGreaterThan(out.count * 9 / 10);
  }

  private static final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
