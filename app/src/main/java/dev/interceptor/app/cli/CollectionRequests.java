package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.routing.CollectionItem;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.port.out.CaptureCollections;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A collection's requests in their folders, in the order they were added. The listing (ids and
 * folders, no headers or bodies) is read once; the requests are read in full a {@link ReadBatch} at
 * a time when the export reaches them, so one batch at a time is held. A request removed meanwhile
 * is skipped.
 */
final class CollectionRequests implements Iterable<ExportedRequest> {

  private final CaptureCollections collections;
  private final String name;
  private final List<CollectionItem> items;
  private final List<CaptureSummary> listed;
  private final ReadBatch batch;

  CollectionRequests(CaptureCollections collections, String name) {
    this(collections, name, ReadBatch.DEFAULT);
  }

  CollectionRequests(CaptureCollections collections, String name, ReadBatch batch) {
    this.collections = collections;
    this.name = name;
    this.items = collections.items(name);
    this.listed = items.stream().map(CollectionItem::capture).toList();
    this.batch = batch;
  }

  @Override
  public Iterator<ExportedRequest> iterator() {
    return new Iterator<>() {
      private final Deque<ExportedRequest> read = new ArrayDeque<>();
      private int position;

      @Override
      public boolean hasNext() {
        while (read.isEmpty() && position < items.size()) {
          int end = batch.end(listed, position);
          readBatch(items.subList(position, end));
          position = end;
        }
        return !read.isEmpty();
      }

      @Override
      public ExportedRequest next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return read.poll();
      }

      private void readBatch(List<CollectionItem> batchItems) {
        // Ids are unique within a collection, so each request finds its own folder.
        Map<String, FolderPath> folders = new HashMap<>();
        batchItems.forEach(item -> folders.put(item.capture().id(), item.folder()));
        List<String> ids = batchItems.stream().map(item -> item.capture().id()).toList();
        for (CapturedRequest request : collections.findRequests(name, ids)) {
          read.add(new ExportedRequest(folders.get(request.id()), request));
        }
      }
    };
  }
}
