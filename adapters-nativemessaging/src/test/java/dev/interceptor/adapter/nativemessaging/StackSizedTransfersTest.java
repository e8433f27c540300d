package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StackSizedTransfersTest {

  private final byte[] data = new byte[3 * StackSizedTransfers.LIMIT + 5];

  StackSizedTransfersTest() {
    new Random(7).nextBytes(data);
  }

  @Test
  void reads_largeRead_asksTheFileStreamForAtMostTheLimit() throws IOException {
    List<Integer> asked = new ArrayList<>();
    InputStream file =
        new ByteArrayInputStream(data) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            asked.add(len);
            return super.read(b, off, len);
          }
        };

    byte[] read = StackSizedTransfers.reads(file).readNBytes(data.length);

    assertThat(read).isEqualTo(data);
    assertThat(asked).isNotEmpty().allSatisfy(len -> assertThat(len).isLessThanOrEqualTo(8192));
  }

  @Test
  void reads_bufferedAsStdinIs_neverAsksTheFileStreamWhatIsAvailable() throws IOException {
    List<String> calls = new ArrayList<>();
    InputStream file =
        new ByteArrayInputStream(data) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            calls.add("read");
            // A pipe hands over what the writer has written so far: here 100 bytes at a time.
            return super.read(b, off, Math.min(len, 100));
          }

          @Override
          public synchronized int available() {
            calls.add("available");
            return super.available();
          }
        };
    InputStream in =
        new BufferedInputStream(StackSizedTransfers.reads(file), StackSizedTransfers.LIMIT);

    byte[] read = in.readNBytes(data.length);

    assertThat(read).isEqualTo(data);
    assertThat(calls).isNotEmpty().containsOnly("read");
  }

  @Test
  void writes_largeWrite_handsTheFileStreamPiecesOfAtMostTheLimit() throws IOException {
    List<Integer> handed = new ArrayList<>();
    ByteArrayOutputStream file =
        new ByteArrayOutputStream() {
          @Override
          public synchronized void write(byte[] b, int off, int len) {
            handed.add(len);
            super.write(b, off, len);
          }
        };
    OutputStream out = StackSizedTransfers.writes(file);

    out.write(data, 0, data.length);
    out.write(data, 1, 0);

    assertThat(file.toByteArray()).isEqualTo(data);
    assertThat(handed).containsExactly(8192, 8192, 8192, 5);
  }
}
