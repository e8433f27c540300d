package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.port.out.StoreException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One capture's request or response headers as one value (schema version 9): for each header in
 * order, its name and then its value, each as the decimal length of its UTF-8 bytes, a colon and
 * those bytes. Lengths rather than separators, so that no character of a name or value needs
 * escaping; version 9's migration builds the same bytes in SQL from the rows it replaces.
 */
final class HeaderCodec {

  private HeaderCodec() {}

  static byte[] encode(List<HttpHeader> headers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * headers.size());
    for (HttpHeader header : headers) {
      write(out, header.name());
      write(out, header.value());
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    out.write(':');
    out.writeBytes(bytes);
  }

  /**
   * The headers in {@code encoded}; none for null or empty.
   *
   * @throws StoreException when the value is not in this form, as only damage leaves it
   */
  static List<HttpHeader> decode(byte @Nullable [] encoded) {
    List<HttpHeader> headers = new ArrayList<>();
    if (encoded == null) {
      return headers;
    }
    int[] at = {0};
    while (at[0] < encoded.length) {
      String name = read(encoded, at);
      headers.add(new HttpHeader(name, read(encoded, at)));
    }
    return headers;
  }

  private static String read(byte[] encoded, int[] at) {
    long length = 0;
    int i = at[0];
    // Past the value's own size a length can only be damage; stopping there keeps it from
    // overflowing.
    while (i < encoded.length
        && encoded[i] >= '0'
        && encoded[i] <= '9'
        && length <= encoded.length) {
      length = length * 10 + (encoded[i] - '0');
      i++;
    }
    if (i == at[0] || i >= encoded.length || encoded[i] != ':' || length > encoded.length - i - 1) {
      throw new StoreException(
          "a stored header list is damaged at byte "
              + at[0]
              + ": the database is damaged; restore a copy made with `interceptor db backup`");
    }
    at[0] = i + 1 + (int) length;
    return new String(encoded, i + 1, (int) length, StandardCharsets.UTF_8);
  }
}
