package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.port.out.CaptureHistory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The History entries a query selects, newest first, read a page of summaries at a time and each
 * entry in full only when the export reaches it, so memory does not grow with History's size.
 *
 * <p>The query should carry an upper time bound: entries captured while the export runs would
 * otherwise shift the pages and be read twice. An entry removed meanwhile is skipped.
 */
final class HistoryPages implements Iterable<ExportedRequest> {

  static final int PAGE_SIZE = 200;

  private final CaptureHistory history;
  private final HistoryQuery query;
  private final long limit;
  private final int pageSize;

  /** Up to {@code limit} entries of {@code query}, whose own offset and limit are ignored. */
  HistoryPages(CaptureHistory history, HistoryQuery query, long limit) {
    this(history, query, limit, PAGE_SIZE);
  }

  HistoryPages(CaptureHistory history, HistoryQuery query, long limit, int pageSize) {
    this.history = history;
    this.query = query;
    this.limit = limit;
    this.pageSize = pageSize;
  }

  @Override
  public Iterator<ExportedRequest> iterator() {
    return new Pages();
  }

  private final class Pages implements Iterator<ExportedRequest> {

    private final Deque<CaptureSummary> page = new ArrayDeque<>();
    private int offset;
    private long returned;
    private boolean exhausted;
    private @Nullable ExportedRequest next;

    @Override
    public boolean hasNext() {
      while (next == null && returned < limit) {
        Optional<CaptureSummary> summary = nextSummary();
        if (summary.isEmpty()) {
          return false;
        }
        Optional<CapturedRequest> full = history.find(summary.get().id());
        full.ifPresent(r -> next = new ExportedRequest(FolderPath.ROOT, r));
      }
      return next != null;
    }

    @Override
    public ExportedRequest next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ExportedRequest current = next;
      next = null;
      returned++;
      return current;
    }

    private Optional<CaptureSummary> nextSummary() {
      if (page.isEmpty() && !exhausted) {
        int size = (int) Math.min(pageSize, limit - returned);
        page.addAll(history.list(withPage(offset, size)));
        exhausted = page.size() < size;
        offset += page.size();
      }
      return Optional.ofNullable(page.poll());
    }
  }

  private HistoryQuery withPage(int offset, int size) {
    return new HistoryQuery(
        query.urlContains(),
        query.method(),
        query.status(),
        query.host(),
        query.from(),
        query.to(),
        offset,
        size);
  }
}
