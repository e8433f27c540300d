package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieIdentity;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.port.out.CookieJar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The cookie jar, one row per {@link CookieIdentity}. The normalised domain is its own indexed
 * column, so finding the cookies for a host is a handful of index lookups.
 */
final class SqliteCookieJar implements CookieJar {

  private static final String COLUMNS =
      "name, value, domain, host_only, path, secure, http_only, same_site, expires_us, store_id,"
          + " partition_key, created_us";

  /** Stable order for listings: by domain, then name, then the rest of the identity. */
  private static final String ORDER =
      " ORDER BY norm_domain, name, path, host_only, store_id, partition_key";

  /** A domain-covered condition: the domain itself, or (when asked) any name under it. */
  private static final String COVERED =
      "(norm_domain = ? OR (? AND substr(norm_domain, -length(?) - 1) = '.' || ?))";

  /**
   * Inserts a cookie, or updates the row with its unique key in place so that the row keeps its
   * creation time.
   */
  private static final String UPSERT =
      "INSERT INTO cookie (name, value, domain, norm_domain, host_only, path, secure,"
          + " http_only, same_site, expires_us, store_id, partition_key, created_us)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (name, norm_domain, host_only, path, store_id, partition_key)"
          + " DO UPDATE SET value = excluded.value, domain = excluded.domain,"
          + " secure = excluded.secure, http_only = excluded.http_only,"
          + " same_site = excluded.same_site, expires_us = excluded.expires_us";

  private static final String DELETE_IDENTITY =
      "DELETE FROM cookie WHERE name = ? AND norm_domain = ? AND host_only = ?"
          + " AND path = ? AND store_id = ? AND partition_key = ?";

  /** Cookies bound before the batch is sent to SQLite, so a large snapshot is not copied whole. */
  private static final int UPSERT_BATCH = 1_000;

  private final Database db;

  SqliteCookieJar(Database db) {
    this.db = db;
  }

  @Override
  public void put(Cookie cookie) {
    db.write(
        c -> {
          upsert(c, cookie);
          return null;
        });
  }

  @Override
  public boolean remove(CookieIdentity identity) {
    return db.write(c -> deleteIdentity(c, identity));
  }

  @Override
  public int replace(CookieSnapshot snapshot) {
    return db.write(
        c -> {
          // Read first: what the snapshot does not name is decided against the rows as they were.
          Map<RowKey, Long> notInSnapshot = scopeRows(c, snapshot);
          upsertAll(c, snapshot.cookies(), notInSnapshot);
          deleteRows(c, notInSnapshot.values());
          return notInSnapshot.size();
        });
  }

  @Override
  public List<Cookie> list(SyncDomain domain) {
    return db.read(c -> select(c, " WHERE " + COVERED, domain));
  }

  @Override
  public List<Cookie> all() {
    return db.read(c -> select(c, "", null));
  }

  @Override
  public List<Cookie> candidatesFor(String host) {
    List<String> domains = hostAndParents(host);
    StringJoiner parents = new StringJoiner(", ", "(", ")");
    domains.subList(1, domains.size()).forEach(d -> parents.add("?"));

    // A host-only cookie matches its own host only; a parent's can only be a domain cookie.
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM cookie WHERE norm_domain = ?"
            + (domains.size() > 1 ? " OR (norm_domain IN " + parents + " AND host_only = 0)" : "")
            + ORDER;
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < domains.size(); i++) {
              ps.setString(i + 1, domains.get(i));
            }
            return cookies(ps);
          }
        });
  }

  /**
   * The host and each parent domain, the only cookie domains that can domain-match it (RFC 6265
   * 5.1.3); an IP literal has no parents.
   */
  static List<String> hostAndParents(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    List<String> domains = new ArrayList<>();
    domains.add(h);
    if (h.contains(":") || h.matches("[0-9.]+")) {
      return domains;
    }
    for (int dot = h.indexOf('.'); dot >= 0; dot = h.indexOf('.', dot + 1)) {
      String parent = h.substring(dot + 1);
      if (!parent.isEmpty()) {
        domains.add(parent);
      }
    }
    return domains;
  }

  @Override
  public int purge(SyncDomain domain) {
    return db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM cookie WHERE " + COVERED)) {
            bindCovered(ps, domain);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int removeExpired(Instant now) {
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM cookie WHERE expires_us IS NOT NULL AND expires_us <= ?")) {
            ps.setLong(1, Instants.toMicros(now));
            return ps.executeUpdate();
          }
        });
  }

  /** Inserts, or updates the row of the same identity, leaving its creation time as it was. */
  private static void upsert(Connection c, Cookie cookie) throws SQLException {
    // Kept prepared: the host upserts a cookie for every change the browser reports.
    PreparedStatement ps = StoreConnection.prepared(c, UPSERT);
    bindUpsert(ps, cookie, cookie.identity());
    ps.executeUpdate();
    // A kept statement would otherwise hold the last cookie's value until the next upsert.
    ps.clearParameters();
  }

  /**
   * {@link #upsert} for many cookies with one prepared statement, run in batches; takes each
   * cookie's key out of {@code notInSnapshot} on the way.
   */
  private static void upsertAll(Connection c, List<Cookie> cookies, Map<RowKey, Long> notInSnapshot)
      throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, UPSERT);
    int pending = 0;
    for (Cookie cookie : cookies) {
      CookieIdentity identity = cookie.identity();
      notInSnapshot.remove(RowKey.of(identity));
      bindUpsert(ps, cookie, identity);
      ps.addBatch();
      pending++;
      if (pending == UPSERT_BATCH) {
        ps.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      ps.executeBatch();
    }
    ps.clearParameters();
  }

  private static void bindUpsert(PreparedStatement ps, Cookie cookie, CookieIdentity identity)
      throws SQLException {
    ps.setString(1, cookie.name());
    ps.setString(2, cookie.value());
    ps.setString(3, cookie.domain());
    ps.setString(4, identity.domain());
    ps.setBoolean(5, cookie.hostOnly());
    ps.setString(6, cookie.path());
    ps.setBoolean(7, cookie.secure());
    ps.setBoolean(8, cookie.httpOnly());
    ps.setString(9, cookie.sameSite());
    @Nullable Instant expires = cookie.expires();
    CaptureRows.setNullableLong(ps, 10, expires == null ? null : Instants.toMicros(expires));
    ps.setString(11, cookie.storeId());
    ps.setString(12, identity.partitionKey().orElse(""));
    ps.setLong(13, Instants.toMicros(cookie.created()));
  }

  /**
   * The row id of each cookie of the snapshot's domain and store, by the jar's unique key. The
   * store is the snapshot's (the query selects no other), so it is not read back.
   */
  private static Map<RowKey, Long> scopeRows(Connection c, CookieSnapshot snapshot)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, name, norm_domain, host_only, path, partition_key FROM cookie WHERE "
                + COVERED
                + " AND store_id = ?")) {
      bindCovered(ps, snapshot.domain());
      ps.setString(5, snapshot.storeId());
      Map<RowKey, Long> rows = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RowKey key =
              new RowKey(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(4),
                  rs.getString(5),
                  snapshot.storeId(),
                  rs.getString(6));
          rows.put(key, rs.getLong(1));
        }
      }
      return rows;
    }
  }

  /** Deletes rows by id in one statement, the ids passed as one JSON array. */
  private static void deleteRows(Connection c, Collection<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    StringJoiner array = new StringJoiner(",", "[", "]");
    ids.forEach(id -> array.add(Long.toString(id)));
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM cookie WHERE id IN (SELECT value FROM json_each(?))")) {
      ps.setString(1, array.toString());
      ps.executeUpdate();
    }
  }

  private static boolean deleteIdentity(Connection c, CookieIdentity identity) throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, DELETE_IDENTITY);
    ps.setString(1, identity.name());
    ps.setString(2, normalizedDomain(identity.domain()));
    ps.setBoolean(3, identity.hostOnly());
    ps.setString(4, identity.path());
    ps.setString(5, identity.storeId());
    ps.setString(6, identity.partitionKey().orElse(""));
    return ps.executeUpdate() > 0;
  }

  /** An identity's domain as the jar keys it, should a caller build one by hand. */
  private static String normalizedDomain(String domain) {
    String d = domain.startsWith(".") ? domain.substring(1) : domain;
    return d.toLowerCase(Locale.ROOT);
  }

  private static List<Cookie> select(Connection c, String where, @Nullable SyncDomain domain)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM cookie" + where + ORDER)) {
      if (domain != null) {
        bindCovered(ps, domain);
      }
      return cookies(ps);
    }
  }

  private static void bindCovered(PreparedStatement ps, SyncDomain domain) throws SQLException {
    ps.setString(1, domain.host());
    ps.setBoolean(2, domain.includeSubdomains());
    ps.setString(3, domain.host());
    ps.setString(4, domain.host());
  }

  private static List<Cookie> cookies(PreparedStatement ps) throws SQLException {
    List<Cookie> cookies = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long expires = rs.getLong(9);
        @Nullable Instant expiresAt = rs.wasNull() ? null : Instants.fromMicros(expires);
        String partitionKey = rs.getString(11);
        cookies.add(
            new Cookie(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getString(8),
                expiresAt,
                rs.getString(10),
                partitionKey.isEmpty() ? null : partitionKey,
                Instants.fromMicros(rs.getLong(12))));
      }
    }
    return cookies;
  }

  /**
   * The jar's unique key exactly as the table compares it: the normalised domain, and {@code ""}
   * for no partition.
   */
  private record RowKey(
      String name,
      String normDomain,
      boolean hostOnly,
      String path,
      String storeId,
      String partitionKey) {

    static RowKey of(CookieIdentity identity) {
      return new RowKey(
          identity.name(),
          identity.domain(),
          identity.hostOnly(),
          identity.path(),
          identity.storeId(),
          identity.partitionKey().orElse(""));
    }
  }
}
