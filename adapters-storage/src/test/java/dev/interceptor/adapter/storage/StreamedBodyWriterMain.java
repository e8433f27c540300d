package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;

import dev.interceptor.core.model.capture.BodySource;
import dev.interceptor.core.model.capture.RequestBody;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A child process for the bounded-heap test: adds to History one capture {@code big} whose body of
 * {@code length} bytes is streamed from a source that makes them as they are read ({@code text}:
 * the letters a to z over and over; {@code bytes}: byte i is i * 31).
 *
 * <p>Arguments: database file, {@code text} or {@code bytes}, length.
 */
final class StreamedBodyWriterMain {

  private StreamedBodyWriterMain() {}

  /** The bytes the source makes, one at a time: nothing holds them all. */
  static final class Generated implements BodySource {

    private final boolean text;
    private final long length;

    Generated(boolean text, long length) {
      this.text = text;
      this.length = length;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public InputStream open() {
      return new InputStream() {
        private long next;

        @Override
        public int read() {
          if (next == length) {
            return -1;
          }
          long i = next++;
          return text ? 'a' + (int) (i % 26) : (int) (i * 31) & 0xFF;
        }
      };
    }
  }

  public static void main(String[] args) {
    boolean text = args[1].equals("text");
    Generated source = new Generated(text, Long.parseLong(args[2]));
    RequestBody body =
        text ? RequestBody.Text.streamed(source) : RequestBody.Bytes.streamed(source);

    try (SqliteStore store = SqliteStore.open(Path.of(args[0]), TestData.CLOCK)) {
      store.history().add(capture("big", T0, "POST", "https://a.test/", body, 200), 100);
    }
  }
}
