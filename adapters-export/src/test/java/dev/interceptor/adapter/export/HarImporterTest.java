package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.bytes;
import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.port.out.ImportException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HarImporterTest {

  private final HarImporter importer = new HarImporter();

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(HarImporterTest.class.getResource("/fixtures/har/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<CapturedRequest> importAll(Path file) {
    List<CapturedRequest> requests = new ArrayList<>();
    long count = importer.importFile(file, requests::add);
    assertThat(count).isEqualTo(requests.size());
    return requests;
  }

  private Path file(String content) throws Exception {
    Path file = Files.createTempFile(dir, "in", ".har");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "charles-proxy-4.6.3_empty-query-param.har, 1, GET, https://mitmproxy.org/?=",
    "chrome-devtools_post-text-plain.har, 1, POST, https://signal-metrics-collector-beta.s-onetag.com/metrics",
    "chrome-devtools_post-text-plain_utf8-bom.har, 1, POST, https://signal-metrics-collector-beta.s-onetag.com/metrics",
    "chrome-devtools_run.sitespeed.io_h2-pseudo-headers.har, 10, GET, https://run.sitespeed.io/",
    "chrome-har-0.3.2_chrome-66_redirects-301-307-cookies.har, 21, GET, http://www.mousel.lu/",
    "edge_hand-written_multi-page_repeated-params_no-responses.har, 8, POST, https://httpbin.org/post",
    "edge_hand-written_multipart-file-params.har, 2, POST, https://api.example.com/upload",
    "edge_hand-written_repeated-and-empty-query-names.har, 5, GET, https://test-api.k6.io/public/crocodiles/",
    "firefox-111_head-request.har, 1, HEAD, https://files.pythonhosted.org/",
    "firefox-111_mitmproxy.org_h3.har, 14, GET, https://mitmproxy.org/",
    "firefox-43_har-1.1_http2.har, 10, GET, https://run.sitespeed.io/",
    "insomnia-2022.1.1_export.har, 1, GET, http://mitm.it/",
    "mitmproxy-export_corrupted-gzip-base64.har, 1, GET, http://127.0.0.1:5000/",
    "mitmproxy-export_failed-requests-status0.har, 2, GET, http://163.com/",
    "mitmproxy-export_form-post.har, 2, GET, https://example.com/",
    "playwright-chromium-103_redirect-chain-set-cookie.har, 3, GET, https://theverge.com/",
  })
  void importFile_fixture_readsEveryEntry(String name, int entries, String method, String url) {
    List<CapturedRequest> requests = importAll(fixture(name));

    assertThat(requests).hasSize(entries);
    assertThat(requests.get(0).method()).isEqualTo(method);
    assertThat(requests.get(0).url()).startsWith(url);
    assertThat(requests).extracting(CapturedRequest::id).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "httpsnippet_application-json.json",
    "httpsnippet_full.json",
    "httpsnippet_headers-quoted-value.json",
    "httpsnippet_jsonObj-null-value.json",
    "httpsnippet_multipart-data.json",
    "httpsnippet_multipart-file.json",
    "httpsnippet_nested-query.json",
  })
  void importFile_singleRequestObject_failsNamingFileAndFix(String name) {
    Path file = fixture("har-request-objects/" + name);

    assertThatThrownBy(() -> importer.importFile(file, r -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + " is not a HAR file: it holds a single HAR request object;"
                + " wrap it in {\"log\":{\"entries\":[...]}}");
  }

  @Test
  void importFile_utf8Bom_readsSameRequestAsWithout() {
    CapturedRequest plain = importAll(fixture("chrome-devtools_post-text-plain.har")).get(0);
    CapturedRequest bom = importAll(fixture("chrome-devtools_post-text-plain_utf8-bom.har")).get(0);

    assertThat(bom.url()).isEqualTo(plain.url());
    assertThat(bom.body()).isEqualTo(plain.body());
    assertThat(bom.requestHeaders()).isEqualTo(plain.requestHeaders());
    assertThat(bom.body()).isInstanceOf(RequestBody.Text.class);
  }

  @Test
  void importFile_statusZero_importsAsFailedRequestWithError() {
    List<CapturedRequest> requests =
        importAll(fixture("mitmproxy-export_failed-requests-status0.har"));

    assertThat(requests.get(0).response()).isNull();
    assertThat(requests.get(0).error()).contains("Connect call failed");
    assertThat(requests.get(1).response().status()).isEqualTo(405);
    assertThat(requests.get(1).body()).isEqualTo(new RequestBody.Text("key1=value1&key2=value2"));
  }

  @Test
  void importFile_queryOnlyInQueryString_appendsItToUrlInOrder() {
    CapturedRequest request =
        importAll(fixture("edge_hand-written_repeated-and-empty-query-names.har")).get(1);

    assertThat(request.url())
        .isEqualTo(
            "http://test.loadimpact.com/path?utm_source=loadimpact.com&color=%24%7Bfoo%7D"
                + "&token=%24%7Bbar%7D&token=123&isCool=&=");
  }

  @Test
  void importFile_multipartParamsWithFileParts_keepsTextFieldsAndMarksFilesOmitted() {
    CapturedRequest upload =
        importAll(fixture("edge_hand-written_multipart-file-params.har")).get(0);

    assertThat(upload.body())
        .isEqualTo(
            new RequestBody.Form(
                List.of(
                    new FormField("title", "Quarterly report"), new FormField("publish", "true"))));
    assertThat(upload.filePartsOmitted()).isTrue();
    assertThat(upload.requestHeader("Content-Type")).contains("multipart/form-data");
    assertThat(upload.response().status()).isEqualTo(201);
  }

  @Test
  void importFile_har11EmptyPostDataOnGet_hasNoBody() {
    CapturedRequest get = importAll(fixture("firefox-43_har-1.1_http2.har")).get(0);

    assertThat(get.body()).isEqualTo(RequestBody.NONE);
    assertThat(get.bodySize()).isZero();
    assertThat(get.time()).isEqualTo(java.time.Instant.parse("2016-01-24T14:42:23.303Z"));
  }

  @Test
  void importFile_sameFileTwice_givesSameIds() {
    Path file = fixture("mitmproxy-export_form-post.har");

    List<String> first = importAll(file).stream().map(CapturedRequest::id).toList();
    List<String> second = importAll(file).stream().map(CapturedRequest::id).toList();

    assertThat(first).isEqualTo(second).allMatch(id -> id.matches("har-[0-9a-f]{16}-[0-9]+"));
  }

  @Test
  void importFile_ownExport_restoresRequestsExactly() throws Exception {
    List<CapturedRequest> originals =
        List.of(
            request(
                "POST",
                "https://api.example.com/blob",
                bytes(0x00, 0xFF, 0x10, 0x80),
                header("Content-Type", "application/octet-stream")),
            request(
                "patch",
                "https://api.example.com/items/1?foo=bar&foo=baz",
                text("{\"prop\":\"it's Alice's\"}"),
                header("Content-Type", "application/json"),
                header("X-Trace-Enabled", "")));
    Path har = dir.resolve("export.har");
    try (OutputStream out = Files.newOutputStream(har)) {
      new HarExportFormat().export(Requests.export(originals.toArray(CapturedRequest[]::new)), out);
    }

    List<CapturedRequest> imported = importAll(har);

    assertThat(imported).hasSize(2);
    for (int i = 0; i < 2; i++) {
      CapturedRequest original = originals.get(i);
      CapturedRequest back = imported.get(i);
      assertThat(back.method()).isEqualTo(original.method());
      assertThat(back.url()).isEqualTo(original.url());
      assertThat(back.requestHeaders()).isEqualTo(original.requestHeaders());
      assertThat(RequestBody.toBytes(back.body())).isEqualTo(RequestBody.toBytes(original.body()));
      assertThat(back.time()).isEqualTo(original.time());
    }
    assertThat(imported.get(0).body()).isEqualTo(bytes(0x00, 0xFF, 0x10, 0x80));
  }

  @Test
  void importFile_damagedAfterFirstEntry_handsOverFirstEntryBeforeFailing() throws Exception {
    Path file =
        file(
            "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://a.example/\"}},"
                + "{\"request\":{\"method\":\"GET\",\"url\":");
    List<CapturedRequest> seen = new ArrayList<>();

    assertThatThrownBy(() -> importer.importFile(file, seen::add))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + " is not a HAR file: not valid JSON at line 1, column ")
        .hasMessageEndingWith("(the file ends inside an object)");
    assertThat(seen).extracting(CapturedRequest::url).containsExactly("https://a.example/");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | is empty: not a HAR file",
        "[1,2] | is not a HAR file: it does not hold a JSON object",
        "{\"log\":{\"version\":\"1.2\"}} | is not a HAR file: log has no \"entries\" array",
        "{\"log\":{\"entries\":{}}} | is not a HAR file: log.entries is not an array",
        "{\"data\":{}} | is not a HAR file: it has no \"log\" object",
        "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\"}}]}}"
            + " | : entry 0: request.method and request.url must both be non-empty strings",
        "{\"log\":{\"entries\":[{\"response\":{}}]}} | : entry 0: it has no \"request\" object",
        "{\"log\":{\"entries\":[7]}} | : entry 0 is not a JSON object: each HAR entry must be one",
        "{\"log\":{\"entries\":[{\"startedDateTime\":\"yesterday\",\"request\":{\"method\":\"GET\","
            + "\"url\":\"https://a.example/\"}}]}}"
            + " | : entry 0: startedDateTime 'yesterday' is not an ISO 8601 date-time with offset",
        "{\"log\":{\"entries\":[{\"request\":{\"method\":\"POST\",\"url\":\"https://a.example/\","
            + "\"postData\":{\"mimeType\":\"x\",\"text\":\"!!\",\"_encoding\":\"base64\"}}}]}}"
            + " | : entry 0: postData.text is marked base64 but is not valid base64",
      })
  void importFile_invalidInput_failsWithOneLineMessageNamingFile(String content, String problem)
      throws Exception {
    Path file = file(content);

    assertThatThrownBy(() -> importer.importFile(file, r -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void importFile_missingFile_saysItDoesNotExist() {
    Path missing = dir.resolve("nope.har");

    assertThatThrownBy(() -> importer.importFile(missing, r -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessage(missing + " does not exist: check the path");
  }
}
