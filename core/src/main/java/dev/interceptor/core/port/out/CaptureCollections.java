package dev.interceptor.core.port.out;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.routing.CollectionItem;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import java.util.List;
import java.util.Optional;

/** Named collections of captured requests in folders. Methods throw {@link StoreException}. */
public interface CaptureCollections {

  /**
   * Creates a collection.
   *
   * @return false when one of that name exists (it is left unchanged)
   */
  boolean create(String name, Organize organize);

  /**
   * Adds a capture to a folder of a collection, creating the collection (with {@code organize}) and
   * the folder when missing.
   *
   * @return false when this capture id is already in that collection
   */
  boolean add(String collection, Organize organize, FolderPath folder, CapturedRequest request);

  List<CollectionSummary> list();

  Optional<CollectionSummary> find(String name);

  /** The collection's requests with their folders, in the order they were added. */
  List<CollectionItem> items(String name);

  /** One request of a collection in full. */
  Optional<CapturedRequest> findRequest(String collection, String id);

  /**
   * Several requests of a collection in full, for reading many at once (an export): in the order of
   * {@code ids}, leaving out ids the collection does not hold. Every request is held in memory, so
   * callers pass a bounded number of ids. The default reads each with {@link #findRequest}; a store
   * overrides it to read them together.
   */
  default List<CapturedRequest> findRequests(String collection, List<String> ids) {
    return ids.stream().map(id -> findRequest(collection, id)).flatMap(Optional::stream).toList();
  }

  /**
   * Renames a collection.
   *
   * @return false when {@code from} does not exist
   * @throws IllegalArgumentException when {@code to} already exists
   */
  boolean rename(String from, String to);

  /** Deletes a collection and its requests; false when it did not exist. */
  boolean delete(String name);
}
