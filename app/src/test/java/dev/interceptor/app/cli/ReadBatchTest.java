package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.ResourceType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadBatchTest {

  @ParameterizedTest(name = "bodies {0} from {1} -> end {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10 10 10 10 10 | 0 | 3",
        "10 10 10 10 10 | 3 | 5",
        "40 60 1        | 0 | 2",
        "40 61 1        | 0 | 1",
        "500 1 1        | 0 | 1",
        "1 500 1        | 0 | 1",
        "1 500 1        | 1 | 2",
        "0 0 0 0 0      | 0 | 3",
        "5              | 1 | 1",
      })
  void end_bodySizes_stopsAtTheEntryOrByteBudget(String sizes, int from, int expectedEnd) {
    ReadBatch batch = new ReadBatch(3, 100);

    int end = batch.end(listed(sizes), from);

    assertThat(end).isEqualTo(expectedEnd);
  }

  @Test
  void new_noEntries_refused() {
    assertThatThrownBy(() -> new ReadBatch(0, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one entry");
  }

  private static List<CaptureSummary> listed(String sizes) {
    return Arrays.stream(sizes.trim().split(" +"))
        .map(
            size ->
                new CaptureSummary(
                    "id" + size,
                    Instant.EPOCH,
                    "POST",
                    "https://a.test/",
                    "a.test",
                    200,
                    Long.parseLong(size),
                    ResourceType.XHR))
        .toList();
  }
}
