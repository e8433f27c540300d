package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureSummary;
import java.util.List;

/**
 * How many listed entries an export reads in full at once: a few queries fetch them together, and
 * only one batch is held in memory. A batch ends at {@link #ENTRIES} entries or before its bodies
 * pass {@link #BODY_BYTES}; an entry whose body alone is larger is read on its own.
 */
record ReadBatch(int entries, long bodyBytes) {

  static final int ENTRIES = 200;
  static final long BODY_BYTES = 8L << 20;

  static final ReadBatch DEFAULT = new ReadBatch(ENTRIES, BODY_BYTES);

  ReadBatch {
    if (entries < 1 || bodyBytes < 1) {
      throw new IllegalArgumentException(
          "a read batch needs at least one entry and one byte, was " + entries + ", " + bodyBytes);
    }
  }

  /** The end (exclusive) of the batch of {@code listed} that starts at {@code from}. */
  int end(List<CaptureSummary> listed, int from) {
    int end = from;
    long bytes = 0;
    while (end < listed.size() && end - from < entries) {
      bytes += listed.get(end).bodySize();
      if (end > from && bytes > bodyBytes) {
        break;
      }
      end++;
    }
    return end;
  }
}
