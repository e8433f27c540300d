package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many entries read together come back exactly as each read on its own. */
class CaptureBatchReaderIT {

  @TempDir Path dir;

  private SqliteStore store;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void findAll_everyKindOfEntry_equalsEachFoundAloneInTheOrderAsked() {
    List<CapturedRequest> entries = varied();
    entries.forEach(e -> store.history().add(e, 1_000));
    List<String> asked =
        List.of(
            "form",
            "missing",
            "bytes",
            "failed",
            "headers",
            "none",
            "text",
            "surrogate",
            "empty-form",
            "large-text",
            "large-bytes");

    List<CapturedRequest> found = store.history().findAll(asked);

    assertThat(found)
        .extracting(CapturedRequest::id)
        .containsExactly(
            "form",
            "bytes",
            "failed",
            "headers",
            "none",
            "text",
            "surrogate",
            "empty-form",
            "large-text",
            "large-bytes");
    assertThat(found).isEqualTo(oneByOne(asked));
    assertThat(found).containsExactlyInAnyOrderElementsOf(entries);
  }

  @Test
  void findAll_moreIdsThanOneChunk_returnsEveryEntryInOrder() {
    int count = CaptureBatchReader.CHUNK + 13;
    store
        .transactions()
        .run(
            () ->
                IntStream.range(0, count)
                    .forEach(
                        i ->
                            store
                                .history()
                                .add(
                                    capture(
                                        "e" + i,
                                        T0.plusSeconds(i),
                                        "POST",
                                        "https://a.test/" + i,
                                        new RequestBody.Text("body " + i),
                                        200),
                                    10_000)));
    List<String> ids = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      ids.add("e" + i);
    }

    List<CapturedRequest> found = store.history().findAll(ids);

    assertThat(found).hasSize(count).isEqualTo(oneByOne(ids));
  }

  @Test
  void findAll_idAlsoInACollection_returnsTheHistoryEntryOnly() {
    CapturedRequest inHistory = capture("same", T0, "GET", "https://h.test/history");
    CapturedRequest inCollection = capture("same", T0, "GET", "https://h.test/collection");
    store.history().add(inHistory, 10);
    store.collections().add("Shop", Organize.FLAT, FolderPath.ROOT, inCollection);

    assertThat(store.history().findAll(List.of("same"))).containsExactly(inHistory);
  }

  @Test
  void findRequests_collection_returnsItsOwnRequestsInTheOrderAsked() {
    List<CapturedRequest> entries = varied();
    for (int i = 0; i < entries.size(); i++) {
      FolderPath folder = i % 2 == 0 ? FolderPath.ROOT : FolderPath.of("api", "v" + i);
      store.collections().add("Shop", Organize.HOST, folder, entries.get(i));
    }
    store.collections().add("Other", Organize.FLAT, FolderPath.ROOT, entries.get(0));
    store.history().add(capture("history-only", T0, "GET", "https://h.test/"), 10);
    List<String> asked = List.of("text", "history-only", "form", "failed", "bytes");

    List<CapturedRequest> found = store.collections().findRequests("Shop", asked);

    assertThat(found)
        .extracting(CapturedRequest::id)
        .containsExactly("text", "form", "failed", "bytes");
    assertThat(found)
        .isEqualTo(
            asked.stream()
                .map(id -> store.collections().findRequest("Shop", id))
                .flatMap(Optional::stream)
                .toList());
    assertThat(store.collections().findRequests("Nobody", asked)).isEmpty();
  }

  private List<CapturedRequest> oneByOne(List<String> ids) {
    return ids.stream().map(store.history()::find).flatMap(Optional::stream).toList();
  }

  /** Entries with every kind of body, with and without a response, and many headers. */
  private static List<CapturedRequest> varied() {
    List<CapturedRequest> entries = new ArrayList<>();
    entries.add(capture("none", T0, "GET", "https://a.test/none"));
    entries.add(
        capture(
            "text",
            T0.plusSeconds(1),
            "POST",
            "https://a.test/t?q=1",
            new RequestBody.Text("{\"a\":1}"),
            201));
    entries.add(
        capture(
            "surrogate",
            T0.plusSeconds(2),
            "PUT",
            "https://a.test/s",
            new RequestBody.Text("broken \uD800 text \uD83D\uDE00"),
            204));
    entries.add(
        capture(
            "bytes",
            T0.plusSeconds(3),
            "POST",
            "https://b.test/b",
            new RequestBody.Bytes(new byte[] {0, (byte) 0xFF, 0x10}),
            500));
    entries.add(
        capture(
            "form",
            T0.plusSeconds(4),
            "POST",
            "https://b.test/f",
            new RequestBody.Form(
                List.of(
                    new FormField("a", "1"), new FormField("a", ""), new FormField("b c", "x&y"))),
            302));
    entries.add(
        capture(
            "empty-form",
            T0.plusSeconds(5),
            "POST",
            "https://b.test/e",
            new RequestBody.Form(List.of()),
            200));
    // Over 256 KiB: kept in pieces of their own rows, which a batch read must join back.
    entries.add(
        capture(
            "large-text",
            T0.plusSeconds(8),
            "POST",
            "https://d.test/large",
            new RequestBody.Text("é-" + "x".repeat(300 * 1024)),
            200));
    byte[] large = new byte[700 * 1024];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) (i * 31);
    }
    entries.add(
        capture(
            "large-bytes",
            T0.plusSeconds(9),
            "PUT",
            "https://d.test/bytes",
            new RequestBody.Bytes(large),
            200));
    entries.add(
        capture("failed", T0.plusSeconds(6), "GET", "https://c.test/", RequestBody.NONE, null));
    List<HttpHeader> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(new HttpHeader("X-H" + (i % 3), "v" + i));
    }
    entries.add(
        new CapturedRequest(
            "headers",
            T0.plusSeconds(7),
            "https://c.test/h",
            "DELETE",
            many,
            new RequestBody.Text("part"),
            4_096,
            true,
            true,
            ResourceType.OTHER,
            -1,
            null,
            new CapturedResponse(404, "HTTP/2 404", many.subList(5, 25)),
            null));
    return entries;
  }
}
