package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Requests.bytes;
import static dev.interceptor.adapter.export.Requests.export;
import static dev.interceptor.adapter.export.Requests.get;
import static dev.interceptor.adapter.export.Requests.header;
import static dev.interceptor.adapter.export.Requests.request;
import static dev.interceptor.adapter.export.Requests.text;
import static dev.interceptor.adapter.export.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.RequestBody;
import org.junit.jupiter.api.Test;

class CurlExportFormatTest {

  private final CurlExportFormat curl = new CurlExportFormat();

  @Test
  void export_repeatedQueryKeys_quotesUrlBecauseOfAmpersand() {
    String written =
        write(curl, export(get("https://api.example.com/items?foo=bar&foo=baz&baz=abc")));

    assertThat(written)
        .isEqualTo(
            "curl --request GET --url 'https://api.example.com/items?foo=bar&foo=baz&baz=abc'\n");
  }

  @Test
  void export_singleQuotesInBody_escapesEveryQuote() {
    String written =
        write(
            curl,
            export(
                request(
                    "POST",
                    "https://api.example.com/notes",
                    text("{\"prop\":\"it's Alice's\"}"),
                    header("Content-Type", "application/json"))));

    assertThat(written)
        .isEqualTo(
            "curl --request POST --url https://api.example.com/notes"
                + " --header 'Content-Type: application/json'"
                + " --data-raw '{\"prop\":\"it'\\''s Alice'\\''s\"}'\n");
  }

  @Test
  void export_emptyHeaderValueAndColons_usesSemicolonSyntaxAndQuotes() {
    String written =
        write(
            curl,
            export(
                get(
                    "https://api.example.com/",
                    header("X-Trace-Enabled", ""),
                    header("X-Note", "hello: world"),
                    header("Cookie", "a=1; b=2"))));

    assertThat(written)
        .contains(" --header 'X-Trace-Enabled;' ")
        .contains(" --header 'X-Note: hello: world' ")
        .endsWith(" --header 'Cookie: a=1; b=2'\n");
  }

  @Test
  void export_multipartWithEmptyBody_writesOnlyMethodUrlAndContentType() {
    String written =
        write(
            curl,
            export(
                request(
                    "POST",
                    "https://api.example.com/upload",
                    RequestBody.NONE,
                    header("Content-Type", "multipart/form-data"))));

    assertThat(written)
        .isEqualTo(
            "curl --request POST --url https://api.example.com/upload"
                + " --header 'Content-Type: multipart/form-data'\n");
  }

  @Test
  void export_lowerCaseMethod_keepsMethodAsSent() {
    String written = write(curl, export(request("patch", "https://a.example/x", RequestBody.NONE)));

    assertThat(written).startsWith("curl --request patch --url https://a.example/x");
  }

  @Test
  void export_binaryBodyWithNul_pipesPrintfOctalEscapes() {
    String written =
        write(
            curl,
            export(
                request(
                    "POST",
                    "https://a.example/blob",
                    bytes(0x00, 0xFF, '%', '\'', '\\', 'a'),
                    header("Content-Type", "application/octet-stream"))));

    assertThat(written)
        .isEqualTo(
            "printf '\\000\\377\\045\\047\\134a' | curl --request POST --url https://a.example/blob"
                + " --header 'Content-Type: application/octet-stream' --data-binary @-\n");
  }

  @Test
  void export_textWithLineBreaks_usesAnsiCQuotingOnOneLine() {
    String written =
        write(
            curl,
            export(
                request(
                    "PUT",
                    "https://a.example/doc",
                    text("line 1\r\nit's\tdone\n"),
                    header("Content-Type", "text/plain"))));

    assertThat(written).endsWith(" --data-binary $'line 1\\r\\nit\\'s\\tdone\\n'\n");
    assertThat(written.lines()).hasSize(1);
  }

  @Test
  void export_bodyWithoutContentType_stopsCurlAddingOne() {
    String written = write(curl, export(request("POST", "https://a.example/", text("x"))));

    assertThat(written).contains(" --header Content-Type: --data-raw x");
  }

  @Test
  void export_headRequest_usesHeadOption() {
    String written = write(curl, export(request("HEAD", "https://a.example/f", RequestBody.NONE)));

    assertThat(written).isEqualTo("curl --head --url https://a.example/f\n");
  }

  @Test
  void export_urlWithBrackets_turnsGlobbingOff() {
    String written = write(curl, export(get("https://a.example/?foo[bar]=baz,zap")));

    assertThat(written).startsWith("curl --globoff --request GET --url ");
  }

  @Test
  void export_secretsNotIncluded_redactsAuthorization() {
    String written =
        write(
            curl, export(false, get("https://a.example/", header("Authorization", "Basic dTpw"))));

    assertThat(written).contains("'Authorization: REDACTED'").doesNotContain("dTpw");
  }
}
