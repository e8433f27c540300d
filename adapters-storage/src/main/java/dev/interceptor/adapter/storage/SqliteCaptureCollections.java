package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.routing.CollectionItem;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.out.CaptureCollections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Collections: named sets of captures in a folder tree, stored beside History. */
final class SqliteCaptureCollections implements CaptureCollections {

  private static final String SUMMARY_SELECT =
      "SELECT name, organize, created_us,"
          + " (SELECT count(*) FROM capture WHERE collection_id = collection.id)"
          + " FROM collection";

  private final Database db;
  private final Clock clock;

  SqliteCaptureCollections(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean create(String name, Organize organize) {
    requireName(name, "name");

    return db.write(c -> insertCollection(c, name, organize));
  }

  @Override
  public boolean add(
      String collection, Organize organize, FolderPath folder, CapturedRequest request) {
    requireName(collection, "collection");

    return db.write(
        c -> {
          insertCollection(c, collection, organize);
          long collectionId = collectionId(c, collection).orElseThrow();
          Long folderId = Folders.findOrCreate(c, collectionId, folder);
          return CaptureRows.insert(c, CaptureSeqs.of(db), request, collectionId, folderId)
              .isPresent();
        });
  }

  @Override
  public List<CollectionSummary> list() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SUMMARY_SELECT + " ORDER BY name")) {
            List<CollectionSummary> summaries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                summaries.add(summary(rs));
              }
            }
            return summaries;
          }
        });
  }

  @Override
  public Optional<CollectionSummary> find(String name) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SUMMARY_SELECT + " WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<CollectionItem> items(String name) {
    return db.read(
        c -> {
          OptionalLong collectionId = collectionId(c, name);
          if (collectionId.isEmpty()) {
            return List.of();
          }
          Map<Long, FolderPath> folders = Folders.paths(c, collectionId.getAsLong());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + CaptureRows.SUMMARY_COLUMNS
                      + ", folder_id FROM capture WHERE collection_id = ? ORDER BY seq")) {
            ps.setLong(1, collectionId.getAsLong());
            List<CollectionItem> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long folderId = rs.getLong(9);
                FolderPath folder = rs.wasNull() ? FolderPath.ROOT : folders.get(folderId);
                items.add(new CollectionItem(folder, CaptureRows.summary(rs)));
              }
            }
            return items;
          }
        });
  }

  @Override
  public Optional<CapturedRequest> findRequest(String collection, String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT capture.seq FROM capture JOIN collection"
                      + " ON capture.collection_id = collection.id"
                      + " WHERE collection.name = ? AND capture.id = ?")) {
            ps.setString(1, collection);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? CaptureRows.load(c, rs.getLong(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<CapturedRequest> findRequests(String collection, List<String> ids) {
    return db.read(c -> CaptureBatchReader.collection(c, collection, ids));
  }

  @Override
  public boolean rename(String from, String to) {
    requireName(to, "to");

    return db.write(
        c -> {
          if (collectionId(c, from).isEmpty()) {
            return false;
          }
          if (!from.equals(to) && collectionId(c, to).isPresent()) {
            throw new IllegalArgumentException("a collection named '" + to + "' already exists");
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE collection SET name = ? WHERE name = ?")) {
            ps.setString(1, to);
            ps.setString(2, from);
            ps.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public boolean delete(String name) {
    return db.write(
        c -> {
          // Folders and captures go with it (ON DELETE CASCADE).
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM collection WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
          }
        });
  }

  private boolean insertCollection(Connection c, String name, Organize organize)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR IGNORE INTO collection (name, organize, created_us) VALUES (?, ?, ?)")) {
      ps.setString(1, name);
      ps.setString(2, organize.name());
      ps.setLong(3, Instants.toMicros(clock.instant()));
      return ps.executeUpdate() > 0;
    }
  }

  private static OptionalLong collectionId(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM collection WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static CollectionSummary summary(ResultSet rs) throws SQLException {
    return new CollectionSummary(
        rs.getString(1),
        Organize.valueOf(rs.getString(2)),
        rs.getInt(4),
        Instants.fromMicros(rs.getLong(3)));
  }

  private static void requireName(String name, String parameter) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(parameter + " (a collection name) must not be blank");
    }
  }
}
