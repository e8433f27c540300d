package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.port.out.CaptureHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History exports read History a page at a time and each entry only when it is reached. */
class HistoryPagesIT {

  private static final Instant T = Instant.parse("2025-03-04T09:00:00Z");

  @TempDir Path data;

  private StoreCli cli;
  private CountingHistory counting;

  @BeforeEach
  void fill() {
    cli = new StoreCli(data);
    cli.store
        .transactions()
        .run(
            () -> {
              for (int i = 0; i < 25; i++) {
                cli.store
                    .history()
                    .add(Captures.get("e" + i, T.plusSeconds(i), "https://a.test/" + i), 1000);
              }
            });
    counting = new CountingHistory(cli.store.history());
  }

  @AfterEach
  void close() {
    cli.close();
  }

  @Test
  void iterate_readsAPageAndItsEntriesTogetherOnlyWhenReached() {
    HistoryPages pages = pages(Long.MAX_VALUE, ReadBatch.DEFAULT);

    Iterator<ExportedRequest> it = pages.iterator();
    List<String> firstThree =
        List.of(it.next(), it.next(), it.next()).stream().map(r -> r.request().id()).toList();

    assertThat(firstThree).containsExactly("e24", "e23", "e22");
    assertThat(counting.pages).isEqualTo(1);
    assertThat(counting.batches).containsExactly(10);
    assertThat(counting.finds).isZero();
  }

  @Test
  void iterate_toTheEnd_givesEveryEntryOnceNewestFirst() {
    HistoryPages pages = pages(Long.MAX_VALUE, ReadBatch.DEFAULT);

    List<String> ids = new ArrayList<>();
    pages.forEach(r -> ids.add(r.request().id()));

    assertThat(ids).hasSize(25).doesNotHaveDuplicates().startsWith("e24").endsWith("e0");
    assertThat(counting.pages).isEqualTo(3);
    assertThat(counting.maxPage).isEqualTo(10);
    assertThat(counting.batches).containsExactly(10, 10, 5);
  }

  @Test
  void iterate_limit_stopsAtTheLimitWithoutReadingFurther() {
    HistoryPages pages = pages(12, ReadBatch.DEFAULT);

    List<String> ids = new ArrayList<>();
    pages.forEach(r -> ids.add(r.request().id()));

    assertThat(ids).hasSize(12);
    assertThat(counting.batches).containsExactly(10, 2);
    assertThat(counting.maxPage).isEqualTo(10);
  }

  @Test
  void iterate_bodiesPastTheBatchBudget_readsFewerEntriesAtOnce() {
    cli.store.history().clear();
    for (int i = 0; i < 5; i++) {
      cli.store
          .history()
          .add(
              Captures.request(
                  "b" + i,
                  T.plusSeconds(i),
                  "POST",
                  "https://a.test/" + i,
                  new RequestBody.Text("x".repeat(40))),
              1000);
    }

    List<String> ids = new ArrayList<>();
    pages(Long.MAX_VALUE, new ReadBatch(200, 100)).forEach(r -> ids.add(r.request().id()));

    assertThat(ids).containsExactly("b4", "b3", "b2", "b1", "b0");
    assertThat(counting.batches).containsExactly(2, 2, 1);
  }

  @Test
  void iterate_entryGoneBetweenListingAndReading_isSkipped() {
    counting.gone = "e14";

    List<String> ids = new ArrayList<>();
    pages(Long.MAX_VALUE, ReadBatch.DEFAULT).forEach(r -> ids.add(r.request().id()));

    assertThat(ids).hasSize(24).doesNotContain("e14").startsWith("e24").endsWith("e0");
  }

  private HistoryPages pages(long limit, ReadBatch batch) {
    return new HistoryPages(counting, HistoryQuery.newest(1), limit, 10, batch);
  }

  /** The real History, counting what is read from it. */
  private static final class CountingHistory implements CaptureHistory {

    private final CaptureHistory real;
    int pages;
    int finds;
    int maxPage;
    final List<Integer> batches = new ArrayList<>();
    String gone = "";

    CountingHistory(CaptureHistory real) {
      this.real = real;
    }

    @Override
    public boolean add(CapturedRequest request, int retention) {
      return real.add(request, retention);
    }

    @Override
    public List<CaptureSummary> list(HistoryQuery query) {
      pages++;
      maxPage = Math.max(maxPage, query.limit());
      return real.list(query);
    }

    @Override
    public Optional<CapturedRequest> find(String id) {
      finds++;
      return real.find(id);
    }

    @Override
    public List<CapturedRequest> findAll(List<String> ids) {
      batches.add(ids.size());
      // As if removed after the page listing it was read.
      return real.findAll(ids.stream().filter(id -> !id.equals(gone)).toList());
    }

    @Override
    public long count() {
      return real.count();
    }

    @Override
    public long clear() {
      return real.clear();
    }
  }
}
