package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HarCaptureSourceTest {

  private static final Path FIXTURES = Path.of("../../shared/fixtures/har").toAbsolutePath();

  static Stream<Path> harFiles() throws Exception {
    Path dir = Files.isDirectory(FIXTURES) ? FIXTURES : Path.of("/work/shared/fixtures/har");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".har")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("harFiles")
  void read_realHarFile_everyEntryBecomesAValidCapture(Path har) throws Exception {
    HarCaptureSource source = HarCaptureSource.read(har);

    List<CapturedRequest> requests =
        source.captures().stream().map(HarCaptureSourceTest::toRequest).toList();

    assertThat(requests).isNotEmpty();
    assertThat(source.skippedEntries()).isZero();
    assertThat(requests).extracting(CapturedRequest::id).doesNotHaveDuplicates();
    assertThat(requests)
        .allSatisfy(r -> assertThat(r.requestHeaders()).noneMatch(h -> h.name().startsWith(":")));
  }

  @Test
  void read_fileWithByteOrderMark_readsLikeWithout() throws Exception {
    Path dir = harFiles().findFirst().orElseThrow().getParent();

    CapturedRequest withBom =
        toRequest(
            HarCaptureSource.read(dir.resolve("chrome-devtools_post-text-plain_utf8-bom.har"))
                .captures()
                .get(0));
    CapturedRequest plain =
        toRequest(
            HarCaptureSource.read(dir.resolve("chrome-devtools_post-text-plain.har"))
                .captures()
                .get(0));

    assertThat(withBom.url()).isEqualTo(plain.url());
    assertThat(withBom.body()).isEqualTo(plain.body());
    assertThat(withBom.body()).isInstanceOf(RequestBody.Text.class);
  }

  @Test
  void read_statusZero_becomesCaptureWithErrorAndNoResponse() throws Exception {
    Path dir = harFiles().findFirst().orElseThrow().getParent();

    List<CapturedRequest> failed =
        HarCaptureSource.read(dir.resolve("mitmproxy-export_failed-requests-status0.har"))
            .captures()
            .stream()
            .map(HarCaptureSourceTest::toRequest)
            .toList();

    assertThat(failed).hasSize(2);
    assertThat(failed.get(0).response()).isNull();
    assertThat(failed.get(0).error()).startsWith("Multiple exceptions: [Errno 60]");
    assertThat(failed.get(1).response().status()).isEqualTo(405);
    assertThat(failed.get(1).error()).isNull();
  }

  @Test
  void read_postDataMimeTypeWithoutHeader_sendsItAsTheContentTypeHeader() throws Exception {
    Path dir = harFiles().findFirst().orElseThrow().getParent();

    List<CapturedRequest> requests =
        HarCaptureSource.read(
                dir.resolve("edge_hand-written_multi-page_repeated-params_no-responses.har"))
            .captures()
            .stream()
            .map(HarCaptureSourceTest::toRequest)
            .toList();

    assertThat(requests)
        .extracting(r -> r.requestHeader("Content-Type").orElse(""))
        .containsExactly(
            "application/x-www-urlencoded",
            "",
            "",
            "",
            "",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data");
  }

  @Test
  void read_contentTypeHeaderAndMimeType_keepsTheOneHeader() throws Exception {
    Path dir = harFiles().findFirst().orElseThrow().getParent();

    CapturedRequest request =
        toRequest(
            HarCaptureSource.read(dir.resolve("edge_hand-written_multipart-file-params.har"))
                .captures()
                .get(0));

    assertThat(request.requestHeaders())
        .filteredOn(h -> h.name().equalsIgnoreCase("Content-Type"))
        .extracting(h -> h.value())
        .containsExactly("multipart/form-data");
  }

  private static CapturedRequest toRequest(ObjectNode capture) {
    try {
      return WireMapping.toCapturedRequest(
          WireJson.mapper().treeToValue(capture, Inbound.CaptureMessage.class));
    } catch (Exception e) {
      throw new AssertionError("capture not accepted: " + e.getMessage(), e);
    }
  }
}
