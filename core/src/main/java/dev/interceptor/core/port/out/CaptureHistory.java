package dev.interceptor.core.port.out;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.OpenedBody;
import dev.interceptor.core.model.capture.RequestBody;
import java.util.List;
import java.util.Optional;

/** The rolling History of captured requests. Methods throw {@link StoreException}. */
public interface CaptureHistory {

  /**
   * Adds a capture and trims History to the newest {@code retention} entries. Inside a {@link
   * StoreTransactions} transaction the trim may wait until that transaction commits (with the
   * retention of its last add), so the rule holds after every commit.
   *
   * @return false when a capture with this id is already stored (it is left unchanged)
   */
  boolean add(CapturedRequest request, int retention);

  /** A page of summaries, newest first; bodies are not read. */
  List<CaptureSummary> list(HistoryQuery query);

  /** One entry in full, with its body. */
  Optional<CapturedRequest> find(String id);

  /**
   * One entry without its body: {@link RequestBody#NONE} stands in for it, while the body's size
   * and flags are kept. For callers that read the body with {@link #openBody}. The default loads
   * the entry in full and drops the body.
   */
  default Optional<CapturedRequest> findWithoutBody(String id) {
    return find(id).map(CaptureHistory::withoutBody);
  }

  /**
   * The body of one entry as a stream, read from the store a piece at a time where the store can;
   * empty when there is no such entry or it has no body. The caller closes the stream; reading it
   * throws an {@code IOException} (its cause a {@link StoreException}) when the store fails or the
   * entry is removed meanwhile. The default loads the entry in full.
   */
  default Optional<OpenedBody> openBody(String id) {
    return find(id).flatMap(request -> OpenedBody.of(request.body()));
  }

  /** How many entries History holds. */
  long count();

  /** Removes every History entry; returns how many were removed. */
  long clear();

  private static CapturedRequest withoutBody(CapturedRequest r) {
    return new CapturedRequest(
        r.id(),
        r.time(),
        r.url(),
        r.method(),
        r.requestHeaders(),
        RequestBody.NONE,
        r.bodySize(),
        r.bodyTruncated(),
        r.filePartsOmitted(),
        r.resourceType(),
        r.tabId(),
        r.initiator(),
        r.response(),
        r.error());
  }
}
