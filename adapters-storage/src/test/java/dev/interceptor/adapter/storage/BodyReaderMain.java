package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.OpenedBody;
import dev.interceptor.core.model.capture.RequestBody;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A child process for the bounded-heap test: reads one History body, streamed ({@code stream}) or
 * whole ({@code find}), and prints the SHA-256 of its UTF-8 bytes.
 *
 * <p>Arguments: database file, entry id, {@code stream} or {@code find}.
 */
final class BodyReaderMain {

  private BodyReaderMain() {}

  public static void main(String[] args) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (SqliteStore store = SqliteStore.open(Path.of(args[0]), TestData.CLOCK)) {
      if (args[2].equals("stream")) {
        try (OpenedBody body = store.history().openBody(args[1]).orElseThrow()) {
          digestAll(body, digest);
        }
      } else {
        RequestBody.Text text =
            (RequestBody.Text) store.history().find(args[1]).orElseThrow().body();
        digest.update(text.text().getBytes(StandardCharsets.UTF_8));
      }
    }
    System.out.println(HexFormat.of().formatHex(digest.digest()));
  }

  private static void digestAll(InputStream in, MessageDigest digest) throws Exception {
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
  }
}
