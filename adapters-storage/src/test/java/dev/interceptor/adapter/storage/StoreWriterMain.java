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
 * milliseconds. Exits 0 when done, 2 on a store error (its message on stderr).
 */
final class StoreWriterMain {

  private StoreWriterMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[0]);
    String writer = args[1];
    int batches = Integer.parseInt(args[2]);
    int perBatch = Integer.parseInt(args[3]);
    long pauseMillis = Long.parseLong(args[4]);

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
                                Instant.now(),
                                "GET",
                                "https://example.com/" + writer + "/" + batch + "/" + i),
                            Integer.MAX_VALUE);
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

  static String id(String writer, int batch, int index) {
    return writer + "-" + batch + "-" + index;
  }

  static Cookie batchCookie(String writer, int batch) {
    return TestData.cookie(writer + "-" + batch, "v", "example.com", true, "/", null);
  }
}
