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
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The History entries a query selects, newest first: a page of summaries at a time, and the entries
 * of a page read in full a {@link ReadBatch} at a time when the export reaches them, so memory does
 * not grow with History's size.
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
  private final ReadBatch batch;

  /** Up to {@code limit} entries of {@code query}, whose own offset and limit are ignored. */
  HistoryPages(CaptureHistory history, HistoryQuery query, long limit) {
    this(history, query, limit, PAGE_SIZE, ReadBatch.DEFAULT);
  }

  HistoryPages(
      CaptureHistory history, HistoryQuery query, long limit, int pageSize, ReadBatch batch) {
    this.history = history;
    this.query = query;
    this.limit = limit;
    this.pageSize = pageSize;
    this.batch = batch;
  }

  @Override
  public Iterator<ExportedRequest> iterator() {
    return new Pages();
  }

  private final class Pages implements Iterator<ExportedRequest> {

    private List<CaptureSummary> page = List.of();
    private int position;
    private final Deque<CapturedRequest> read = new ArrayDeque<>();
    private int offset;
    private long returned;
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      while (read.isEmpty() && returned < limit) {
        if (position == page.size() && !nextPage()) {
          return false;
        }
        int end = batch.end(page, position);
        List<String> ids = page.subList(position, end).stream().map(CaptureSummary::id).toList();
        position = end;
        read.addAll(history.findAll(ids));
      }
      return !read.isEmpty() && returned < limit;
    }

    @Override
    public ExportedRequest next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      returned++;
      return new ExportedRequest(FolderPath.ROOT, read.poll());
    }

    /** Lists the next page of summaries; false when there is none. */
    private boolean nextPage() {
      if (exhausted) {
        return false;
      }
      int size = (int) Math.min(pageSize, limit - returned);
      page = history.list(withPage(offset, size));
      position = 0;
      exhausted = page.size() < size;
      offset += page.size();
      return !page.isEmpty();
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
