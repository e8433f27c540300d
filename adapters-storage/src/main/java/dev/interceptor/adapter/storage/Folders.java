package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.routing.FolderPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The folder tree of a collection: one row per folder, each pointing at its parent. */
final class Folders {

  private Folders() {}

  /** The folder's id, creating it and any missing parent; null for the collection's root. */
  static @Nullable Long findOrCreate(Connection c, long collectionId, FolderPath path)
      throws SQLException {
    Long parent = null;
    for (String name : path.segments()) {
      Long existing = find(c, collectionId, parent, name);
      parent = existing != null ? existing : insert(c, collectionId, parent, name);
    }
    return parent;
  }

  /** Every folder of a collection by id, as its path from the root. */
  static Map<Long, FolderPath> paths(Connection c, long collectionId) throws SQLException {
    Map<Long, Long> parents = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, parent_id, name FROM folder WHERE collection_id = ?")) {
      ps.setLong(1, collectionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          long parent = rs.getLong(2);
          if (!rs.wasNull()) {
            parents.put(id, parent);
          }
          names.put(id, rs.getString(3));
        }
      }
    }

    Map<Long, FolderPath> paths = new HashMap<>();
    for (Long id : names.keySet()) {
      List<String> segments = new ArrayList<>();
      for (Long at = id; at != null; at = parents.get(at)) {
        segments.add(0, names.get(at));
      }
      paths.put(id, new FolderPath(segments));
    }
    return paths;
  }

  private static @Nullable Long find(
      Connection c, long collectionId, @Nullable Long parent, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM folder WHERE collection_id = ? AND ifnull(parent_id, 0) = ?"
                + " AND name = ?")) {
      ps.setLong(1, collectionId);
      ps.setLong(2, parent == null ? 0 : parent);
      ps.setString(3, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static long insert(Connection c, long collectionId, @Nullable Long parent, String name)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO folder (collection_id, parent_id, name) VALUES (?, ?, ?)")) {
      ps.setLong(1, collectionId);
      CaptureRows.setNullableLong(ps, 2, parent);
      ps.setString(3, name);
      ps.executeUpdate();
    }
    return CaptureRows.lastInsertRowId(c);
  }
}
