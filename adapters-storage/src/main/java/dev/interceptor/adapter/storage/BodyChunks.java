package dev.interceptor.adapter.storage;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bodies over {@link #CHUNKED_OVER} bytes, kept as pieces of {@link #CHUNK} bytes in {@code
 * capture_body_chunk}. SQLite has to read a whole value to return any part of it ({@code substr}
 * included), so a body read piece by piece from one value would cost its whole size per piece;
 * separate rows cost one piece each.
 */
final class BodyChunks {

  /** Bodies up to this size stay in one value: they are read whole anyway. */
  static final int CHUNKED_OVER = 256 * 1024;

  static final int CHUNK = 64 * 1024;

  private BodyChunks() {}

  static boolean chunked(ByteBuffer data) {
    return data.remaining() > CHUNKED_OVER;
  }

  static int count(ByteBuffer data) {
    return count(data.remaining());
  }

  static boolean chunked(long length) {
    return length > CHUNKED_OVER;
  }

  static int count(long length) {
    return Math.toIntExact((length + CHUNK - 1) / CHUNK);
  }

  /** Writes the buffer's remaining bytes, one piece at a time: it is not copied whole. */
  static void write(Connection c, long seq, ByteBuffer data) throws SQLException {
    PreparedStatement ps =
        StoreConnection.prepared(
            c, "INSERT INTO capture_body_chunk (capture_seq, position, data) VALUES (?, ?, ?)");
    int start = data.position();
    int length = data.remaining();
    for (int position = 0; position < count(data); position++) {
      int from = position * CHUNK;
      byte[] piece = new byte[Math.min(CHUNK, length - from)];
      data.get(start + from, piece);
      ps.setLong(1, seq);
      ps.setInt(2, position);
      ps.setBytes(3, piece);
      ps.executeUpdate();
    }
    // The kept statement would otherwise hold on to the last piece until the next body.
    ps.clearParameters();
  }

  /**
   * Writes the {@code length} bytes of {@code body}, one piece at a time as they are read: the body
   * is never in memory whole.
   *
   * @throws IOException when the stream cannot be read or does not hold {@code length} bytes
   */
  static void write(Connection c, long seq, InputStream body, long length)
      throws SQLException, IOException {
    PreparedStatement ps =
        StoreConnection.prepared(
            c, "INSERT INTO capture_body_chunk (capture_seq, position, data) VALUES (?, ?, ?)");
    byte[] piece = new byte[CHUNK];
    for (int position = 0; position < count(length); position++) {
      int size = (int) Math.min(CHUNK, length - (long) position * CHUNK);
      if (body.readNBytes(piece, 0, size) < size) {
        throw new EOFException("a streamed body ended before its " + length + " bytes");
      }
      ps.setLong(1, seq);
      ps.setInt(2, position);
      ps.setBytes(3, size == CHUNK ? piece : Arrays.copyOf(piece, size));
      ps.executeUpdate();
    }
    ps.clearParameters();
    if (body.read() != -1) {
      throw new IOException("a streamed body goes on after its " + length + " bytes");
    }
  }

  /** The whole body back from its pieces, for callers that want it in memory. */
  static byte[] readAll(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT data FROM capture_body_chunk WHERE capture_seq = ? ORDER BY position")) {
      ps.setLong(1, seq);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          all.writeBytes(rs.getBytes(1));
        }
      }
      return all.toByteArray();
    }
  }

  /** One piece of the History entry {@code id}; empty when that entry is gone. */
  static Optional<byte[]> read(Connection c, long seq, String id, int position)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT k.data FROM capture_body_chunk k JOIN capture c ON c.seq = k.capture_seq"
                + " WHERE k.capture_seq = ? AND k.position = ? AND c.id = ?"
                + " AND c.collection_id IS NULL")) {
      ps.setLong(1, seq);
      ps.setInt(2, position);
      ps.setString(3, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    }
  }
}
