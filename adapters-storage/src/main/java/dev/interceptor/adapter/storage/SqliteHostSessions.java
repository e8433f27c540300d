package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.port.out.HostSessions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Host session records. A record is live only while its process runs: the pid must belong to a
 * running process that started when the recorded one did, so a reused pid does not revive it.
 */
final class SqliteHostSessions implements HostSessions {

  private final Database db;

  SqliteHostSessions(Database db) {
    this.db = db;
  }

  @Override
  public HostSession open(HostSession session) {
    @Nullable Instant started = processStart(session.pid()).orElse(null);
    long id =
        db.write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO host_session (pid, process_start_us, browser, profile,"
                          + " extension_id, extension_version, connected_us, last_message_us,"
                          + " captures_stored, captures_dropped, cookie_events)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, session.pid());
                CaptureRows.setNullableLong(
                    ps, 2, started == null ? null : Instants.toMicros(started));
                ps.setString(3, session.browser());
                ps.setString(4, session.profile());
                ps.setString(5, session.extensionId());
                ps.setString(6, session.extensionVersion());
                ps.setLong(7, Instants.toMicros(session.connectedSince()));
                ps.setLong(8, Instants.toMicros(session.lastMessage()));
                ps.setLong(9, session.capturesStored());
                ps.setLong(10, session.capturesDropped());
                ps.setLong(11, session.cookieEvents());
                ps.executeUpdate();
              }
              return CaptureRows.lastInsertRowId(c);
            });
    return new HostSession(
        id,
        session.pid(),
        session.browser(),
        session.profile(),
        session.extensionId(),
        session.extensionVersion(),
        session.connectedSince(),
        session.lastMessage(),
        session.capturesStored(),
        session.capturesDropped(),
        session.cookieEvents());
  }

  @Override
  public void update(HostSession session) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE host_session SET last_message_us = ?, captures_stored = ?,"
                      + " captures_dropped = ?, cookie_events = ? WHERE id = ?")) {
            ps.setLong(1, Instants.toMicros(session.lastMessage()));
            ps.setLong(2, session.capturesStored());
            ps.setLong(3, session.capturesDropped());
            ps.setLong(4, session.cookieEvents());
            ps.setLong(5, session.id());
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void close(long id) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE host_session SET closed = 1 WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<HostSession> live() {
    List<Row> open = db.read(c -> openRows(c));

    List<HostSession> live = new ArrayList<>();
    for (Row row : open) {
      if (isRunning(row)) {
        live.add(row.session());
      }
    }
    return live;
  }

  private static List<Row> openRows(java.sql.Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, pid, browser, profile, extension_id, extension_version, connected_us,"
                + " last_message_us, captures_stored, captures_dropped, cookie_events,"
                + " process_start_us FROM host_session WHERE closed = 0 ORDER BY id")) {
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          HostSession session =
              new HostSession(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  Instants.fromMicros(rs.getLong(7)),
                  Instants.fromMicros(rs.getLong(8)),
                  rs.getLong(9),
                  rs.getLong(10),
                  rs.getLong(11));
          long startMicros = rs.getLong(12);
          rows.add(new Row(session, rs.wasNull() ? null : Instants.fromMicros(startMicros)));
        }
      }
      return rows;
    }
  }

  private static boolean isRunning(Row row) {
    Optional<ProcessHandle> process = ProcessHandle.of(row.session().pid());
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    // Where both start times are known they must agree; otherwise the pid was reused.
    Optional<Instant> started = process.get().info().startInstant();
    Instant recorded = row.processStart();
    return recorded == null
        || started.isEmpty()
        || Instants.toMicros(started.get()) == Instants.toMicros(recorded);
  }

  private static Optional<Instant> processStart(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant());
  }

  private record Row(HostSession session, @Nullable Instant processStart) {}
}
