package dev.interceptor.core.model.capture;

import java.util.HexFormat;

/**
 * The capture id of an entry of a HAR file, the one rule for every reader of HAR files ({@code
 * import} and {@code simulate}): the file's SHA-256 digest and the entry's position in {@code
 * log.entries}. The same file read again, by either reader, gives the same ids, so a store keeps
 * one copy of each entry.
 */
public final class HarEntryIds {

  private static final int DIGEST_BYTES = 32;

  /** Digest bytes kept in the id: 64 bits tell files apart; the index tells entries apart. */
  private static final int KEPT_BYTES = 8;

  private HarEntryIds() {}

  /**
   * The id of entry {@code index} of a file.
   *
   * @param fileSha256 the SHA-256 digest of the file's bytes as stored (a byte-order mark included)
   * @param index the entry's position in {@code log.entries}, counting entries that were skipped
   * @throws IllegalArgumentException when the digest is not 32 bytes or the index is negative
   */
  public static String of(byte[] fileSha256, long index) {
    if (fileSha256.length != DIGEST_BYTES) {
      throw new IllegalArgumentException(
          "fileSha256 must be a SHA-256 digest of 32 bytes, was " + fileSha256.length + " bytes");
    }
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
    return "har-" + HexFormat.of().formatHex(fileSha256, 0, KEPT_BYTES) + "-" + index;
  }
}
