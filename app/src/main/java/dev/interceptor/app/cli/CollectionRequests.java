package dev.interceptor.app.cli;

import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.routing.CollectionItem;
import dev.interceptor.core.port.out.CaptureCollections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A collection's requests in their folders, in the order they were added. The listing (ids and
 * folders, no headers or bodies) is read once; each request is read in full only when the export
 * reaches it, so one request at a time is held. A request removed meanwhile is skipped.
 */
final class CollectionRequests implements Iterable<ExportedRequest> {

  private final CaptureCollections collections;
  private final String name;
  private final List<CollectionItem> items;

  CollectionRequests(CaptureCollections collections, String name) {
    this.collections = collections;
    this.name = name;
    this.items = collections.items(name);
  }

  @Override
  public Iterator<ExportedRequest> iterator() {
    Iterator<CollectionItem> source = items.iterator();
    return new Iterator<>() {
      private @Nullable ExportedRequest next;

      @Override
      public boolean hasNext() {
        while (next == null && source.hasNext()) {
          CollectionItem item = source.next();
          collections
              .findRequest(name, item.capture().id())
              .ifPresent(r -> next = new ExportedRequest(item.folder(), r));
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
        return current;
      }
    };
  }
}
