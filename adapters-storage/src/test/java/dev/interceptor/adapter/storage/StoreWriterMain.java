package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.port.out.StoreException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for the multi-process tests: writes batches of captures and a cookie per batch,
 * one transaction per batch as the host does, and prints {@code committed <batch>} after each.
 *
 * <p>Arguments: database file, writer name, batches, captures per batch, pause between batches in
 * milliseconds; optionally a History retention and a time offset in milliseconds, which give the
 * captures of batch {@code b} the times {@code T0 + (b * perBatch + i) s + offset} instead of now.
 * Exits 0 when done, 2 on a store error (its message on stderr).
 */
final class StoreWriterMain {

  private StoreWriterMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[0]);
    String writer = args[1];
    int batches = Integer.parseInt(args[2]);
    int perBatch = Integer.parseInt(args[3]);
    long pauseMillis = Long.parseLong(args[4]);
    int retention = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
    Long offsetMillis = args.length > 6 ? Long.parseLong(args[6]) : null;

    try (SqliteStore store = SqliteStore.open(file, TestData.CLOCK)) {
      for (int b = 0; b < batches; b++) {
        int batch = b;
        store
            .transactions()
            .run(
                () -> {
                  for (int i = 0; i < perBatch; i++) {
                    store
                        .history()
                        .add(
                            TestData.capture(
                                id(writer, batch, i),
                                offsetMillis == null
                                    ? Instant.now()
                                    : time(batch * perBatch + i, offsetMillis),
                                "GET",
                                "https://example.com/" + writer + "/" + batch + "/" + i),
                            retention);
                  }
                  store.cookieJar().put(batchCookie(writer, batch));
                });
        System.out.println("committed " + batch);
        System.out.flush();
        Thread.sleep(pauseMillis);
      }
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** The time of the {@code k}th capture of a writer started with a time offset. */
  static Instant time(int k, long offsetMillis) {
    return TestData.T0.plusSeconds(k).plusMillis(offsetMillis);
  }

  static String id(String writer, int batch, int index) {
    return writer + "-" + batch + "-" + index;
  }

  static Cookie batchCookie(String writer, int batch) {
    return TestData.cookie(writer + "-" + batch, "v", "example.com", true, "/", null);
  }
}
