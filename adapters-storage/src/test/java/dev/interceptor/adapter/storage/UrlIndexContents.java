package dev.interceptor.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the URL index of a database file holds, read on a connection of its own. */
final class UrlIndexContents {

  private UrlIndexContents() {}

  /** The sequence number up to which every History entry must be in the index. */
  static long mark(Path file) throws SQLException {
    List<Long> mark =
        longs(file, "SELECT value FROM store_counter WHERE name = '" + UrlIndexBacklog.MARK + "'");
    assertThat(mark).hasSize(1);
    return mark.get(0);
  }

  /** The entries the index holds, by sequence number. */
  static List<Long> indexed(Path file) throws SQLException {
    return longs(file, "SELECT rowid FROM capture_url ORDER BY rowid");
  }

  /** The index holds exactly the History entries at or below the mark. */
  static void assertHoldsHistoryUpToMark(Path file) throws SQLException {
    List<Long> expected =
        longs(
            file,
            "SELECT seq FROM capture WHERE collection_id IS NULL AND seq <= (SELECT value FROM"
                + " store_counter WHERE name = '"
                + UrlIndexBacklog.MARK
                + "') ORDER BY seq");

    assertThat(indexed(file)).as("entries in the URL index").isEqualTo(expected);
  }

  private static List<Long> longs(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<Long> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
      return values;
    }
  }
}
