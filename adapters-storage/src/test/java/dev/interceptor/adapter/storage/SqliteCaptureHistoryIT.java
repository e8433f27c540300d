package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.port.out.CaptureHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqliteCaptureHistoryIT {

  @TempDir Path dir;

  private SqliteStore store;
  private CaptureHistory history;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK);
    history = store.history();
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of("none", RequestBody.NONE),
        Arguments.of("empty text", new RequestBody.Text("")),
        Arguments.of("json", new RequestBody.Text("{\"prop\":\"it's Alice's\"}")),
        Arguments.of("non-BMP text", new RequestBody.Text("emoji \uD83D\uDE00 and \uD834\uDD1E")),
        Arguments.of("lone surrogate", new RequestBody.Text("broken \uD800 text")),
        Arguments.of("lone low surrogate", new RequestBody.Text("\uDC00 first")),
        Arguments.of("high surrogate at the end", new RequestBody.Text("last \uD83D")),
        Arguments.of("surrogates reversed", new RequestBody.Text("\uDE00\uD83D")),
        Arguments.of("text held as UTF-8", heldAsUtf8("caf\u00e9 \uD83D\uDE00", 0)),
        Arguments.of("chunked text held as UTF-8", heldAsUtf8("\u00e9x", 300 * 1024)),
        Arguments.of("empty bytes", new RequestBody.Bytes(new byte[0])),
        Arguments.of("bytes held in a buffer", heldBytes(100)),
        Arguments.of("chunked bytes held in a buffer", heldBytes(300 * 1024)),
        Arguments.of(
            "invalid UTF-8 bytes",
            new RequestBody.Bytes(new byte[] {0x00, (byte) 0xFF, 0x10, (byte) 0x80, (byte) 0xC3})),
        Arguments.of(
            "form with repeats and empty values",
            new RequestBody.Form(
                List.of(
                    new FormField("param1", "value1"),
                    new FormField("a b", "x&y=z"),
                    new FormField("param1", ""),
                    new FormField("\uD83D\uDE00", "+")))),
        Arguments.of("empty form", new RequestBody.Form(List.of())));
  }

  /** Bytes in the middle of a larger buffer, as a message's decoded body is kept in its frame. */
  private static RequestBody heldBytes(int length) {
    byte[] frame = new byte[length + 20];
    for (int i = 0; i < frame.length; i++) {
      frame[i] = (byte) (i * 7);
    }
    return RequestBody.Bytes.held(frame, 10, 10 + length);
  }

  /** Text in the middle of a larger buffer, as a message's body is kept in its frame. */
  private static RequestBody heldAsUtf8(String text, int repeat) {
    byte[] utf8 = text.repeat(Math.max(1, repeat)).getBytes(StandardCharsets.UTF_8);
    byte[] frame = new byte[utf8.length + 20];
    System.arraycopy(utf8, 0, frame, 10, utf8.length);
    return RequestBody.Text.ofUtf8(frame, 10, 10 + utf8.length);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void find_afterAdd_returnsRequestEqualToTheOneAdded(String label, RequestBody body) {
    CapturedRequest request =
        capture("c-" + label, T0, "patch", "https://api.example.com/v1/x?q=1", body, 201);

    history.add(request, 100);

    assertThat(history.find("c-" + label)).contains(request);
  }

  @Test
  void find_failedRequestWithoutResponse_keepsErrorAndNullResponse() {
    CapturedRequest request =
        capture("failed", T0, "GET", "https://api.example.com/", RequestBody.NONE, null);

    history.add(request, 100);

    CapturedRequest found = history.find("failed").orElseThrow();
    assertThat(found.response()).isNull();
    assertThat(found.error()).isEqualTo("net::ERR_FAILED");
    assertThat(history.list(HistoryQuery.newest(1)).get(0).status()).isNull();
  }

  @Test
  void add_duplicateId_returnsFalseAndKeepsFirst() {
    CapturedRequest first = capture("dup", T0, "GET", "https://example.com/first");

    boolean added = history.add(first, 100);
    boolean again = history.add(capture("dup", T0, "POST", "https://example.com/second"), 100);

    assertThat(added).isTrue();
    assertThat(again).isFalse();
    assertThat(history.find("dup")).contains(first);
    assertThat(history.count()).isEqualTo(1);
  }

  @Test
  void add_beyondRetention_keepsOnlyNewestEntries() {
    for (int i = 0; i < 12; i++) {
      history.add(capture("c" + i, T0.plusSeconds(i), "GET", "https://example.com/" + i), 5);
    }

    List<CaptureSummary> all = history.list(HistoryQuery.newest(100));

    assertThat(history.count()).isEqualTo(5);
    assertThat(all).extracting(CaptureSummary::id).containsExactly("c11", "c10", "c9", "c8", "c7");
    assertThat(history.find("c6")).isEmpty();
  }

  @Test
  void list_newestFirst_pagesWithOffsetAndLimit() {
    for (int i = 0; i < 10; i++) {
      history.add(capture("c" + i, T0.plusSeconds(i), "GET", "https://example.com/" + i), 100);
    }

    List<CaptureSummary> page = history.list(query(Optional.empty(), Optional.empty(), 3, 4));

    assertThat(page).extracting(CaptureSummary::id).containsExactly("c6", "c5", "c4", "c3");
  }

  @Test
  void list_summary_carriesListingFieldsOnly() {
    history.add(
        capture("s1", T0, "POST", "https://API.example.com/x", new RequestBody.Text("abc"), 404),
        100);

    CaptureSummary summary = history.list(HistoryQuery.newest(1)).get(0);

    assertThat(summary)
        .isEqualTo(
            new CaptureSummary(
                "s1",
                T0,
                "POST",
                "https://API.example.com/x",
                "api.example.com",
                404,
                3,
                dev.interceptor.core.model.capture.ResourceType.XHR));
  }

  @Test
  void list_filters_combineAndMatchExpectedEntries() {
    history.add(capture("a", T0, "GET", "https://api.example.com/users?id=1"), 100);
    history.add(
        capture(
            "b",
            T0.plusSeconds(10),
            "post",
            "https://api.example.com/users",
            RequestBody.NONE,
            201),
        100);
    history.add(capture("c", T0.plusSeconds(20), "GET", "https://cdn.example.org/app_1.js"), 100);
    history.add(
        capture(
            "d",
            T0.plusSeconds(30),
            "GET",
            "https://api.example.com/100%/x",
            RequestBody.NONE,
            500),
        100);

    assertThat(ids(filter("urlContains", "/USERS"))).containsExactly("b", "a");
    assertThat(ids(filter("urlContains", "app_"))).containsExactly("c");
    assertThat(ids(filter("urlContains", "_"))).containsExactly("c");
    assertThat(ids(filter("urlContains", "%"))).containsExactly("d");
    assertThat(ids(filter("method", "POST"))).containsExactly("b");
    assertThat(ids(filter("host", "CDN.example.org"))).containsExactly("c");
    assertThat(
            ids(
                new HistoryQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(201),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    10)))
        .containsExactly("b");
    assertThat(ids(query(Optional.of(T0.plusSeconds(10)), Optional.of(T0.plusSeconds(30)), 0, 10)))
        .containsExactly("c", "b");
  }

  @Test
  void clear_removesEverythingAndReturnsCount() {
    history.add(capture("a", T0, "GET", "https://example.com/"), 100);
    history.add(
        capture("b", T0, "GET", "https://example.com/", new RequestBody.Text("x"), 200), 100);

    long removed = history.clear();

    assertThat(removed).isEqualTo(2);
    assertThat(history.count()).isZero();
    assertThat(history.find("b")).isEmpty();
  }

  private List<String> ids(HistoryQuery query) {
    return history.list(query).stream().map(CaptureSummary::id).toList();
  }

  private static HistoryQuery filter(String field, String value) {
    Optional<String> v = Optional.of(value);
    Optional<String> none = Optional.empty();
    return new HistoryQuery(
        field.equals("urlContains") ? v : none,
        field.equals("method") ? v : none,
        Optional.empty(),
        field.equals("host") ? v : none,
        Optional.empty(),
        Optional.empty(),
        0,
        10);
  }

  private static HistoryQuery query(
      Optional<Instant> from, Optional<Instant> to, int offset, int limit) {
    return new HistoryQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        from,
        to,
        offset,
        limit);
  }
}
