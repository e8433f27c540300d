package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings in normalised tables: scalar values by key, and one table per list. Every save raises
 * the {@code settings_revision} counter in the same transaction, so any process sees the change.
 */
final class SqliteSettingsStore implements SettingsStore {

  private static final String REVISION = "settings-revision";

  private static final String CAPTURE_ENABLED = "capture.enabled";
  private static final String CAPTURE_INCLUDE = "capture.include";
  private static final String CAPTURE_EXCLUDE = "capture.exclude";
  private static final String CAPTURE_TARGET = "capture.target";
  private static final String CAPTURE_COLLECTION = "capture.collection";
  private static final String CAPTURE_ORGANIZE = "capture.organize";
  private static final String COOKIE_SYNC_ENABLED = "cookie_sync.enabled";
  private static final String HISTORY_RETENTION = "history.retention";

  private static final String TARGET_HISTORY = "history";
  private static final String TARGET_COLLECTION = "collection";

  private static final int KEPT_RESYNC_REQUESTS = 1_000;

  private final Database db;
  private final Settings firstRun;

  /** {@code firstRun} is what {@link #load} returns until the settings are first saved. */
  SqliteSettingsStore(Database db, Settings firstRun) {
    this.db = db;
    this.firstRun = firstRun;
  }

  @Override
  public Settings load() {
    return db.read(
        c -> {
          Map<String, String> values = scalars(c);
          if (values.isEmpty()) {
            return firstRun;
          }
          CaptureFilter filter =
              new CaptureFilter(
                  values.getOrDefault(CAPTURE_INCLUDE, ""),
                  values.getOrDefault(CAPTURE_EXCLUDE, ""),
                  new HashSet<>(strings(c, "SELECT method FROM setting_capture_method")),
                  resourceTypes(c));
          CaptureSettings capture =
              new CaptureSettings(
                  Boolean.parseBoolean(values.get(CAPTURE_ENABLED)), filter, target(values));
          CookieSyncSettings cookieSync =
              new CookieSyncSettings(
                  Boolean.parseBoolean(values.get(COOKIE_SYNC_ENABLED)), syncDomains(c));
          return new Settings(
              capture,
              cookieSync,
              new HashSet<>(strings(c, "SELECT id FROM setting_allowed_extension")),
              Integer.parseInt(values.get(HISTORY_RETENTION)));
        });
  }

  @Override
  public void save(Settings settings) {
    db.write(
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String table :
                List.of(
                    "setting",
                    "setting_capture_method",
                    "setting_capture_type",
                    "setting_sync_domain",
                    "setting_allowed_extension")) {
              statement.executeUpdate("DELETE FROM " + table);
            }
          }

          insertScalars(c, settings);
          CaptureFilter filter = settings.capture().filter();
          insertStrings(
              c, "INSERT INTO setting_capture_method (method) VALUES (?)", filter.methods());
          List<String> types = new ArrayList<>();
          filter.types().forEach(t -> types.add(t.name()));
          insertStrings(c, "INSERT INTO setting_capture_type (type) VALUES (?)", types);
          insertStrings(
              c,
              "INSERT INTO setting_allowed_extension (id) VALUES (?)",
              settings.allowedExtensionIds());
          insertSyncDomains(c, settings.cookieSync().domains());

          raiseRevision(c);
          return null;
        });
  }

  /**
   * Asked for every capture the host stores, so it is read once per transaction, through a kept
   * statement: a transaction sees one state of the database, which only its own saves change.
   */
  @Override
  public long revision() {
    return db.read(
        c -> {
          KnownRevision known =
              db.perTransaction(REVISION, KnownRevision.class, KnownRevision::new);
          if (known.value < 0) {
            known.value = StoreCounters.read(c, "settings_revision");
          }
          return known.value;
        });
  }

  /** The revision as the current transaction read it; {@code -1} until read or after a save. */
  private static final class KnownRevision {
    long value = -1;
  }

  @Override
  public Map<String, Instant> lastSync() {
    return db.read(
        c -> {
          Map<String, Instant> result = new LinkedHashMap<>();
          try (Statement statement = c.createStatement();
              ResultSet rs =
                  statement.executeQuery(
                      "SELECT domain_host, last_sync_us FROM sync_state ORDER BY domain_host")) {
            while (rs.next()) {
              result.put(rs.getString(1), Instants.fromMicros(rs.getLong(2)));
            }
          }
          return result;
        });
  }

  @Override
  public void recordSync(String syncDomainHost, Instant at) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO sync_state (domain_host, last_sync_us) VALUES (?, ?)"
                      + " ON CONFLICT (domain_host) DO UPDATE SET last_sync_us = excluded.last_sync_us")) {
            ps.setString(1, syncDomainHost);
            ps.setLong(2, Instants.toMicros(at));
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void requestResync(String syncDomainHost) {
    db.write(
        c -> {
          long revision = raiseRevision(c);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO resync_request (revision, domain_host) VALUES (?, ?)")) {
            ps.setLong(1, revision);
            ps.setString(2, syncDomainHost);
            ps.executeUpdate();
          }
          // Hosts poll several times a second, so only the latest requests are ever read again.
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM resync_request WHERE revision <= ?")) {
            ps.setLong(1, revision - KEPT_RESYNC_REQUESTS);
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<String> resyncRequestsSince(long revision) {
    return db.read(
        c -> {
          Set<String> hosts = new LinkedHashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT domain_host FROM resync_request WHERE revision > ? ORDER BY revision")) {
            ps.setLong(1, revision);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                hosts.add(rs.getString(1));
              }
            }
          }
          return List.copyOf(hosts);
        });
  }

  private long raiseRevision(Connection c) throws SQLException {
    db.perTransaction(REVISION, KnownRevision.class, KnownRevision::new).value = -1;
    try (Statement statement = c.createStatement()) {
      statement.executeUpdate(
          "UPDATE store_counter SET value = value + 1 WHERE name = 'settings_revision'");
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT value FROM store_counter WHERE name = 'settings_revision'")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static CaptureTarget target(Map<String, String> values) {
    if (!TARGET_COLLECTION.equals(values.get(CAPTURE_TARGET))) {
      return CaptureTarget.HISTORY;
    }
    return new CaptureTarget.Collection(
        values.get(CAPTURE_COLLECTION), Organize.valueOf(values.get(CAPTURE_ORGANIZE)));
  }

  private static void insertScalars(Connection c, Settings settings) throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    CaptureSettings capture = settings.capture();
    values.put(CAPTURE_ENABLED, Boolean.toString(capture.enabled()));
    values.put(CAPTURE_INCLUDE, capture.filter().include());
    values.put(CAPTURE_EXCLUDE, capture.filter().exclude());
    if (capture.target() instanceof CaptureTarget.Collection) {
      CaptureTarget.Collection collection = (CaptureTarget.Collection) capture.target();
      values.put(CAPTURE_TARGET, TARGET_COLLECTION);
      values.put(CAPTURE_COLLECTION, collection.name());
      values.put(CAPTURE_ORGANIZE, collection.organize().name());
    } else {
      values.put(CAPTURE_TARGET, TARGET_HISTORY);
    }
    values.put(COOKIE_SYNC_ENABLED, Boolean.toString(settings.cookieSync().enabled()));
    values.put(HISTORY_RETENTION, Integer.toString(settings.historyRetention()));

    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
      for (Map.Entry<String, String> entry : values.entrySet()) {
        ps.setString(1, entry.getKey());
        ps.setString(2, entry.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertStrings(Connection c, String sql, Iterable<String> values)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (String value : values) {
        ps.setString(1, value);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertSyncDomains(Connection c, List<SyncDomain> domains)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO setting_sync_domain (position, host, include_subdomains)"
                + " VALUES (?, ?, ?)")) {
      for (int i = 0; i < domains.size(); i++) {
        ps.setInt(1, i);
        ps.setString(2, domains.get(i).host());
        ps.setBoolean(3, domains.get(i).includeSubdomains());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static Map<String, String> scalars(Connection c) throws SQLException {
    Map<String, String> values = new HashMap<>();
    try (Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery("SELECT key, value FROM setting")) {
      while (rs.next()) {
        values.put(rs.getString(1), rs.getString(2));
      }
    }
    return values;
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static Set<ResourceType> resourceTypes(Connection c) throws SQLException {
    Set<ResourceType> types = new HashSet<>();
    for (String name : strings(c, "SELECT type FROM setting_capture_type")) {
      types.add(ResourceType.valueOf(name));
    }
    return types;
  }

  private static List<SyncDomain> syncDomains(Connection c) throws SQLException {
    List<SyncDomain> domains = new ArrayList<>();
    try (Statement statement = c.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT host, include_subdomains FROM setting_sync_domain ORDER BY position")) {
      while (rs.next()) {
        domains.add(new SyncDomain(rs.getString(1), rs.getBoolean(2)));
      }
    }
    return domains;
  }
}
