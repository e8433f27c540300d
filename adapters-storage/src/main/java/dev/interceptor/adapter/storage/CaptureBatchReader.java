package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Reads many captures in full with a handful of set-based queries: their rows, then every header,
 * body and form field of all of them at once. An export reads a page of entries this way instead of
 * running {@link CaptureRows#load}'s queries once per entry.
 */
final class CaptureBatchReader {

  /** Ids per round of queries, well under SQLite's limit on bound parameters. */
  static final int CHUNK = 500;

  private static final String CAPTURE_COLUMNS =
      "seq, id, time_us, method, url, has_response, status, status_line, error, body_size,"
          + " body_truncated, file_parts_omitted, resource_type, tab_id, initiator";

  private CaptureBatchReader() {}

  /** History entries with these ids, in the order of {@code ids}; unknown ids are left out. */
  static List<CapturedRequest> history(Connection c, List<String> ids) throws SQLException {
    return read(c, "collection_id IS NULL", null, ids);
  }

  /** A collection's requests with these ids, in the order of {@code ids}. */
  static List<CapturedRequest> collection(Connection c, String collection, List<String> ids)
      throws SQLException {
    return read(c, "collection_id = (SELECT id FROM collection WHERE name = ?)", collection, ids);
  }

  private static List<CapturedRequest> read(
      Connection c, String scope, @Nullable String scopeParameter, List<String> ids)
      throws SQLException {
    Map<String, CapturedRequest> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      for (CapturedRequest request : readChunk(c, scope, scopeParameter, chunk)) {
        byId.put(request.id(), request);
      }
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static List<CapturedRequest> readChunk(
      Connection c, String scope, @Nullable String scopeParameter, List<String> ids)
      throws SQLException {
    List<CaptureRow> rows = rows(c, scope, scopeParameter, ids);
    if (rows.isEmpty()) {
      return List.of();
    }

    List<Long> seqs = rows.stream().map(CaptureRow::seq).toList();
    Map<Long, List<HttpHeader>> requestHeaders = new HashMap<>();
    Map<Long, List<HttpHeader>> responseHeaders = new HashMap<>();
    headers(c, seqs, requestHeaders, responseHeaders);
    Map<Long, StoredBody> bodies = bodies(c, seqs);
    List<Long> forms =
        seqs.stream().filter(s -> bodies.containsKey(s) && bodies.get(s).isForm()).toList();
    Map<Long, List<FormField>> fields = forms.isEmpty() ? Map.of() : formFields(c, forms);

    List<CapturedRequest> requests = new ArrayList<>();
    for (CaptureRow row : rows) {
      long seq = row.seq();
      StoredBody stored = bodies.get(seq);
      RequestBody body =
          stored == null
              ? RequestBody.NONE
              : BodyCodec.decode(stored.kind(), stored.data(), fields.getOrDefault(seq, List.of()));
      requests.add(
          row.toRequest(
              requestHeaders.getOrDefault(seq, List.of()),
              responseHeaders.getOrDefault(seq, List.of()),
              body));
    }
    return requests;
  }

  private static List<CaptureRow> rows(
      Connection c, String scope, @Nullable String scopeParameter, List<String> ids)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + CAPTURE_COLUMNS
                + " FROM capture WHERE "
                + scope
                + " AND id IN "
                + placeholders(ids.size()))) {
      int index = 1;
      if (scopeParameter != null) {
        ps.setString(index++, scopeParameter);
      }
      for (String id : ids) {
        ps.setString(index++, id);
      }
      List<CaptureRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(CaptureRow.of(rs));
        }
      }
      return rows;
    }
  }

  /** The headers of these captures, split into request and response headers. */
  private static void headers(
      Connection c,
      List<Long> seqs,
      Map<Long, List<HttpHeader>> request,
      Map<Long, List<HttpHeader>> response)
      throws SQLException {
    try (PreparedStatement ps =
            bindAll(
                c.prepareStatement(
                    "SELECT capture_seq, request, response FROM capture_header_list"
                        + " WHERE capture_seq IN "
                        + placeholders(seqs.size())),
                seqs);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        request.put(rs.getLong(1), HeaderCodec.decode(rs.getBytes(2)));
        response.put(rs.getLong(1), HeaderCodec.decode(rs.getBytes(3)));
      }
    }
  }

  private static Map<Long, StoredBody> bodies(Connection c, List<Long> seqs) throws SQLException {
    try (PreparedStatement ps =
            bindAll(
                c.prepareStatement(
                    "SELECT capture_seq, kind, data, chunks FROM capture_body WHERE capture_seq IN "
                        + placeholders(seqs.size())),
                seqs);
        ResultSet rs = ps.executeQuery()) {
      Map<Long, StoredBody> bodies = new HashMap<>();
      while (rs.next()) {
        // A body over the piece size lives in its own rows (schema V5), not in the column.
        byte[] data = rs.getInt(4) > 0 ? BodyChunks.readAll(c, rs.getLong(1)) : rs.getBytes(3);
        bodies.put(
            rs.getLong(1), new StoredBody(rs.getString(2), data == null ? new byte[0] : data));
      }
      return bodies;
    }
  }

  private static Map<Long, List<FormField>> formFields(Connection c, List<Long> seqs)
      throws SQLException {
    try (PreparedStatement ps =
            bindAll(
                c.prepareStatement(
                    "SELECT capture_seq, name, value FROM capture_form_field WHERE capture_seq IN "
                        + placeholders(seqs.size())
                        + " ORDER BY capture_seq, position"),
                seqs);
        ResultSet rs = ps.executeQuery()) {
      Map<Long, List<FormField>> fields = new HashMap<>();
      while (rs.next()) {
        fields
            .computeIfAbsent(rs.getLong(1), s -> new ArrayList<>())
            .add(new FormField(rs.getString(2), rs.getString(3)));
      }
      return fields;
    }
  }

  private static PreparedStatement bindAll(PreparedStatement ps, List<Long> seqs)
      throws SQLException {
    for (int i = 0; i < seqs.size(); i++) {
      ps.setLong(i + 1, seqs.get(i));
    }
    return ps;
  }

  private static String placeholders(int count) {
    StringJoiner list = new StringJoiner(", ", "(", ")");
    Collections.nCopies(count, "?").forEach(list::add);
    return list.toString();
  }

  private record StoredBody(String kind, byte[] data) {

    boolean isForm() {
      return BodyCodec.FORM.equals(kind);
    }
  }

  /** A {@code capture} row selected with {@link #CAPTURE_COLUMNS}. */
  private record CaptureRow(
      long seq,
      String id,
      long timeMicros,
      String method,
      String url,
      boolean hasResponse,
      int status,
      String statusLine,
      @Nullable String error,
      long bodySize,
      boolean bodyTruncated,
      boolean filePartsOmitted,
      String resourceType,
      int tabId,
      @Nullable String initiator) {

    static CaptureRow of(ResultSet rs) throws SQLException {
      return new CaptureRow(
          rs.getLong(1),
          rs.getString(2),
          rs.getLong(3),
          rs.getString(4),
          rs.getString(5),
          rs.getBoolean(6),
          rs.getInt(7),
          rs.getString(8),
          rs.getString(9),
          rs.getLong(10),
          rs.getBoolean(11),
          rs.getBoolean(12),
          rs.getString(13),
          rs.getInt(14),
          rs.getString(15));
    }

    CapturedRequest toRequest(
        List<HttpHeader> requestHeaders, List<HttpHeader> responseHeaders, RequestBody body) {
      @Nullable CapturedResponse response =
          hasResponse ? new CapturedResponse(status, statusLine, responseHeaders) : null;
      return new CapturedRequest(
          id,
          Instants.fromMicros(timeMicros),
          url,
          method,
          requestHeaders,
          body,
          bodySize,
          bodyTruncated,
          filePartsOmitted,
          ResourceType.valueOf(resourceType),
          tabId,
          initiator,
          response,
          error);
    }
  }
}
