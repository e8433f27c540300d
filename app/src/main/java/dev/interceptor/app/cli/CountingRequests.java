package dev.interceptor.app.cli;

import dev.interceptor.core.model.export.ExportedRequest;
import java.util.Iterator;

/** Passes requests through to an export and counts those the export took. */
final class CountingRequests implements Iterable<ExportedRequest> {

  private final Iterable<ExportedRequest> requests;
  private long count;

  CountingRequests(Iterable<ExportedRequest> requests) {
    this.requests = requests;
  }

  long count() {
    return count;
  }

  @Override
  public Iterator<ExportedRequest> iterator() {
    Iterator<ExportedRequest> source = requests.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public ExportedRequest next() {
        ExportedRequest next = source.next();
        count++;
        return next;
      }
    };
  }
}
