package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetHistoryRetention;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

class HistoryCommandsTest {

  private final CliHarness cli = new CliHarness();

  private static final Instant TIME = Instant.parse("2025-03-04T10:00:00Z");

  @Test
  void list_filters_becomeTheQuery() {
    when(cli.history.list(any())).thenReturn(List.of());

    int code =
        cli.run("history", "list", "--host", "API.example.com", "--method", "post", "--limit", "5");

    assertThat(code).isZero();
    ArgumentCaptor<HistoryQuery> query = ArgumentCaptor.forClass(HistoryQuery.class);
    verify(cli.history).list(query.capture());
    assertThat(query.getValue().host()).contains("api.example.com");
    assertThat(query.getValue().method()).contains("post");
    assertThat(query.getValue().limit()).isEqualTo(5);
    assertThat(query.getValue().offset()).isZero();
    assertThat(cli.out()).isEqualTo("No History entries match.\n");
  }

  @Test
  void list_table_oneRowPerEntry() {
    when(cli.history.list(any()))
        .thenReturn(
            List.of(
                new CaptureSummary(
                    "c1",
                    TIME,
                    "GET",
                    "https://api.example.com/items",
                    "api.example.com",
                    200,
                    0,
                    ResourceType.XHR),
                new CaptureSummary(
                    "c2",
                    TIME,
                    "patch",
                    "https://api.example.com/items/1",
                    "api.example.com",
                    null,
                    9,
                    ResourceType.XHR)));

    int code = cli.run("history", "list");

    assertThat(code).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "ID  TIME                 METHOD  STATUS  TYPE  URL\n"
                + "c1  2025-03-04 10:00:00  GET     200     xhr   https://api.example.com/items\n"
                + "c2  2025-03-04 10:00:00  patch   -       xhr   https://api.example.com/items/1\n");
  }

  @Test
  void list_limitZero_isUsageError() {
    int code = cli.run("history", "list", "--limit", "0");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: --limit: '0' is not a whole number from 1 to 2147483647"
                + " (see 'interceptor history list --help')\n");
  }

  @Test
  void show_unknownId_isNotFound() {
    when(cli.history.find("nope")).thenReturn(Optional.empty());

    int code = cli.run("history", "show", "nope");

    assertThat(code).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: History has no entry nope (see 'interceptor history list')\n");
  }

  @Test
  void show_text_printsRequestBodyAndResponse() {
    when(cli.history.find("c1")).thenReturn(Optional.of(request()));
    // The port's own defaults, which read the entry through find.
    when(cli.history.findWithoutBody("c1")).thenCallRealMethod();
    when(cli.history.openBody("c1")).thenCallRealMethod();

    int code = cli.run("history", "show", "c1");

    assertThat(code).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "POST https://api.example.com/notes\n"
                + "2025-03-04 10:00:00  xhr  tab 3  from https://app.example.com\n"
                + "Content-Type: application/json\n"
                + "\n"
                + "body, 23 bytes:\n"
                + "{\"prop\":\"it's Alice's\"}\n"
                + "\n"
                + "HTTP/1.1 201 Created\n"
                + "Location: /notes/1\n");
  }

  @Test
  void show_json_keepsBinaryBodyAsBase64() throws Exception {
    CapturedRequest binary =
        new CapturedRequest(
            "c2",
            TIME,
            "https://api.example.com/upload",
            "PUT",
            List.of(),
            new RequestBody.Bytes(new byte[] {0x00, (byte) 0xFF, 0x10, (byte) 0x80}),
            4,
            false,
            false,
            ResourceType.XHR,
            3,
            null,
            null,
            "net::ERR_CONNECTION_RESET");
    when(cli.history.find("c2")).thenReturn(Optional.of(binary));

    int code = cli.run("history", "show", "c2", "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/method").asText()).isEqualTo("PUT");
    assertThat(json.at("/body/kind").asText()).isEqualTo("bytes");
    assertThat(json.at("/body/base64").asText()).isEqualTo("AP8QgA==");
    assertThat(json.at("/response").isNull()).isTrue();
    assertThat(json.at("/error").asText()).isEqualTo("net::ERR_CONNECTION_RESET");
  }

  @Test
  void keep_belowWhatHistoryHolds_setsTheRetentionAndSaysTheOldestGo() {
    when(cli.history.count()).thenReturn(5_000L);
    cli.changes.answer = withRetention(200);

    int code = cli.run("history", "keep", "200");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new SetHistoryRetention(200));
    assertThat(cli.out())
        .isEqualTo(
            "History keeps the newest 200 entries; it holds 5000 entries now.\n"
                + "The oldest ones go as new entries arrive.\n");
  }

  @Test
  void keep_json_printsTheSettingsWithTheRetention() throws Exception {
    when(cli.history.count()).thenReturn(3L);
    cli.changes.answer = withRetention(20_000);

    int code = cli.run("history", "keep", "20000", "--json");

    assertThat(code).isZero();
    assertThat(new ObjectMapper().readTree(cli.out()).at("/historyRetention").asInt())
        .isEqualTo(20_000);
  }

  @Test
  void keep_zero_isUsageErrorAndNothingChanges() {
    int code = cli.run("history", "keep", "0");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.changes.received).isEmpty();
    assertThat(cli.err()).contains("'0' is not a whole number from 1 to 2147483647");
  }

  private static Settings withRetention(int entries) {
    Settings defaults = Settings.defaults(Set.of());
    return new Settings(
        defaults.capture(), defaults.cookieSync(), defaults.allowedExtensionIds(), entries);
  }

  @Test
  void clear_withoutYes_isRefusedAndNothingIsRemoved() {
    int code = cli.run("history", "clear");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    verify(cli.history, never()).clear();
    assertThat(cli.err()).contains("--yes");
  }

  @ParameterizedTest
  @CsvSource({"17, Removed 17 entries from History.", "1, Removed 1 entry from History."})
  void clear_withYes_reportsHowManyWereRemoved(long removed, String line) {
    when(cli.history.clear()).thenReturn(removed);

    int code = cli.run("history", "clear", "--yes");

    assertThat(code).isZero();
    assertThat(cli.out()).isEqualTo(line + "\n");
  }

  private static CapturedRequest request() {
    return new CapturedRequest(
        "c1",
        TIME,
        "https://api.example.com/notes",
        "POST",
        List.of(new HttpHeader("Content-Type", "application/json")),
        new RequestBody.Text("{\"prop\":\"it's Alice's\"}"),
        23,
        false,
        false,
        ResourceType.XHR,
        3,
        "https://app.example.com",
        new CapturedResponse(
            201, "HTTP/1.1 201 Created", List.of(new HttpHeader("Location", "/notes/1"))),
        null);
  }
}
