package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Writes and reads captured requests: the {@code capture} row, its headers and its body. */
final class CaptureRows {

  /** The columns a {@link CaptureSummary} needs, in the order {@link #summary} reads them. */
  static final String SUMMARY_COLUMNS =
      "id, time_us, method, url, host, status, body_size, resource_type";

  /**
   * A new row with the sequence number given; nothing when the id is already there (History's id
   * for a History entry, the collection's for an item). Any other conflict, such as a number
   * already taken, fails rather than losing the capture.
   */
  private static final String INSERT_CAPTURE =
      "INSERT INTO capture (seq, id, collection_id, folder_id, time_us, method, url, host,"
          + " has_response, status, status_line, error, body_size, body_truncated,"
          + " file_parts_omitted, resource_type, tab_id, initiator)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_HISTORY_ENTRY =
      INSERT_CAPTURE + " ON CONFLICT (id) WHERE collection_id IS NULL DO NOTHING";

  private static final String INSERT_COLLECTION_ITEM =
      INSERT_CAPTURE
          + " ON CONFLICT (collection_id, id) WHERE collection_id IS NOT NULL DO NOTHING";

  private static final String INSERT_HEADERS =
      "INSERT INTO capture_header_list (capture_seq, request, response) VALUES (?, ?, ?)";

  private static final String INSERT_BODY =
      "INSERT INTO capture_body (capture_seq, kind, content_type, data, chunks)"
          + " VALUES (?, ?, ?, ?, ?)";

  private static final String INSERT_FORM_FIELD =
      "INSERT INTO capture_form_field (capture_seq, position, name, value) VALUES (?, ?, ?, ?)";

  private CaptureRows() {}

  /**
   * Inserts a capture into History ({@code collectionId} null) or a collection, with statements
   * kept prepared on the connection: the host adds captures by the thousand.
   *
   * @param seqs the numbers of the transaction the insert is part of
   * @return the new row's sequence number; empty when that id is already there
   */
  static OptionalLong insert(
      Connection c,
      CaptureSeqs seqs,
      CapturedRequest request,
      @Nullable Long collectionId,
      @Nullable Long folderId)
      throws SQLException {
    long seq = seqs.next(c);
    if (!insertCapture(c, seq, request, collectionId, folderId)) {
      return OptionalLong.empty();
    }
    seqs.taken();

    insertHeaders(c, seq, request);
    insertBody(c, seq, request);
    return OptionalLong.of(seq);
  }

  private static boolean insertCapture(
      Connection c,
      long seq,
      CapturedRequest r,
      @Nullable Long collectionId,
      @Nullable Long folderId)
      throws SQLException {
    CapturedResponse response = r.response();
    PreparedStatement ps =
        StoreConnection.prepared(
            c, collectionId == null ? INSERT_HISTORY_ENTRY : INSERT_COLLECTION_ITEM);
    ps.setLong(1, seq);
    ps.setString(2, r.id());
    setNullableLong(ps, 3, collectionId);
    setNullableLong(ps, 4, folderId);
    ps.setLong(5, Instants.toMicros(r.time()));
    ps.setString(6, r.method());
    ps.setString(7, r.url());
    ps.setString(8, r.host());
    ps.setBoolean(9, response != null);
    setNullableLong(ps, 10, response == null ? null : (long) response.status());
    ps.setString(11, response == null ? null : response.statusLine());
    ps.setString(12, r.error());
    ps.setLong(13, r.bodySize());
    ps.setBoolean(14, r.bodyTruncated());
    ps.setBoolean(15, r.filePartsOmitted());
    ps.setString(16, r.resourceType().name());
    ps.setInt(17, r.tabId());
    ps.setString(18, r.initiator());
    return ps.executeUpdate() == 1;
  }

  /** The request's headers and the response's, in one row (schema version 9). */
  private static void insertHeaders(Connection c, long seq, CapturedRequest request)
      throws SQLException {
    CapturedResponse response = request.response();
    List<HttpHeader> responseHeaders = response == null ? List.of() : response.headers();
    if (request.requestHeaders().isEmpty() && responseHeaders.isEmpty()) {
      return;
    }

    PreparedStatement ps = StoreConnection.prepared(c, INSERT_HEADERS);
    ps.setLong(1, seq);
    ps.setBytes(2, HeaderCodec.encode(request.requestHeaders()));
    ps.setBytes(3, HeaderCodec.encode(responseHeaders));
    ps.executeUpdate();
  }

  private static void insertBody(Connection c, long seq, CapturedRequest request)
      throws SQLException {
    Optional<BodyCodec.StreamedBody> streamed = BodyCodec.streamed(request.body());
    if (streamed.isPresent()) {
      insertStreamedBody(c, seq, request, streamed.get());
      return;
    }

    BodyCodec.StoredBody stored = BodyCodec.encode(request.body());
    if (stored == null) {
      return;
    }

    boolean chunked = BodyChunks.chunked(stored.data());
    PreparedStatement ps = StoreConnection.prepared(c, INSERT_BODY);
    ps.setLong(1, seq);
    ps.setString(2, stored.kind());
    ps.setString(3, request.requestHeader("Content-Type").orElse(null));
    ps.setBytes(4, chunked ? new byte[0] : stored.bytes());
    ps.setInt(5, chunked ? BodyChunks.count(stored.data()) : 0);
    ps.executeUpdate();
    // A kept statement would otherwise hold on to the last body, up to 256 KiB, until the next.
    ps.clearParameters();

    if (chunked) {
      BodyChunks.write(c, seq, stored.data());
    }
    if (request.body() instanceof RequestBody.Form) {
      insertFormFields(c, seq, ((RequestBody.Form) request.body()).fields());
    }
  }

  /** A body kept outside memory: its pieces are written as they are read from its source. */
  private static void insertStreamedBody(
      Connection c, long seq, CapturedRequest request, BodyCodec.StreamedBody body)
      throws SQLException {
    long length = body.source().length();
    boolean chunked = BodyChunks.chunked(length);
    try (InputStream in = body.source().open()) {
      PreparedStatement ps = StoreConnection.prepared(c, INSERT_BODY);
      ps.setLong(1, seq);
      ps.setString(2, body.kind());
      ps.setString(3, request.requestHeader("Content-Type").orElse(null));
      // Up to 256 KiB stays in one value, as any other body of that size.
      ps.setBytes(4, chunked ? new byte[0] : whole(in, (int) length));
      ps.setInt(5, chunked ? BodyChunks.count(length) : 0);
      ps.executeUpdate();
      ps.clearParameters();

      if (chunked) {
        BodyChunks.write(c, seq, in, length);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the body of capture " + request.id(), e);
    }
  }

  private static byte[] whole(InputStream in, int length) throws IOException {
    byte[] all = in.readNBytes(length);
    if (all.length < length || in.read() != -1) {
      throw new IOException("a streamed body does not hold the " + length + " bytes it declared");
    }
    return all;
  }

  private static void insertFormFields(Connection c, long seq, List<FormField> fields)
      throws SQLException {
    if (fields.isEmpty()) {
      return;
    }

    PreparedStatement ps = StoreConnection.prepared(c, INSERT_FORM_FIELD);
    for (int i = 0; i < fields.size(); i++) {
      ps.setLong(1, seq);
      ps.setInt(2, i);
      ps.setString(3, fields.get(i).name());
      ps.setString(4, fields.get(i).value());
      ps.addBatch();
    }
    ps.executeBatch();
  }

  /** Reads one capture in full, with headers and body. */
  static Optional<CapturedRequest> load(Connection c, long seq) throws SQLException {
    return load(c, seq, true);
  }

  /** Reads one capture with its headers, and its body when {@code withBody}. */
  static Optional<CapturedRequest> load(Connection c, long seq, boolean withBody)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, time_us, method, url, has_response, status, status_line, error,"
                + " body_size, body_truncated, file_parts_omitted, resource_type, tab_id,"
                + " initiator FROM capture WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Headers headers = headers(c, seq);
        @Nullable CapturedResponse response =
            rs.getBoolean(5)
                ? new CapturedResponse(rs.getInt(6), rs.getString(7), headers.response())
                : null;
        return Optional.of(
            new CapturedRequest(
                rs.getString(1),
                Instants.fromMicros(rs.getLong(2)),
                rs.getString(4),
                rs.getString(3),
                headers.request(),
                withBody ? body(c, seq) : RequestBody.NONE,
                rs.getLong(9),
                rs.getBoolean(10),
                rs.getBoolean(11),
                ResourceType.valueOf(rs.getString(12)),
                rs.getInt(13),
                rs.getString(14),
                response,
                rs.getString(8)));
      }
    }
  }

  /** One capture's request and response headers. */
  private record Headers(List<HttpHeader> request, List<HttpHeader> response) {}

  private static Headers headers(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT request, response FROM capture_header_list WHERE capture_seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Headers(List.of(), List.of());
        }
        return new Headers(HeaderCodec.decode(rs.getBytes(1)), HeaderCodec.decode(rs.getBytes(2)));
      }
    }
  }

  private static RequestBody body(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT kind, data, chunks FROM capture_body WHERE capture_seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return RequestBody.NONE;
        }
        String kind = rs.getString(1);
        byte[] data = rs.getInt(3) > 0 ? BodyChunks.readAll(c, seq) : rs.getBytes(2);
        List<FormField> fields = BodyCodec.FORM.equals(kind) ? formFields(c, seq) : List.of();
        return BodyCodec.decode(kind, data == null ? new byte[0] : data, fields);
      }
    }
  }

  private static List<FormField> formFields(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, value FROM capture_form_field WHERE capture_seq = ? ORDER BY position")) {
      ps.setLong(1, seq);
      List<FormField> fields = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          fields.add(new FormField(rs.getString(1), rs.getString(2)));
        }
      }
      return fields;
    }
  }

  /** A summary from a row selected with {@link #SUMMARY_COLUMNS} first. */
  static CaptureSummary summary(ResultSet rs) throws SQLException {
    int statusCode = rs.getInt(6);
    Integer status = rs.wasNull() ? null : statusCode;
    return new CaptureSummary(
        rs.getString(1),
        Instants.fromMicros(rs.getLong(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        status,
        rs.getLong(7),
        ResourceType.valueOf(rs.getString(8)));
  }

  static long lastInsertRowId(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void setNullableLong(PreparedStatement ps, int index, @Nullable Long value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setLong(index, value);
    }
  }
}
