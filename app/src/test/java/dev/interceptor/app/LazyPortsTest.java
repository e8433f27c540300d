package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.StoreException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyPortsTest {

  private final CaptureHistory history = mock(CaptureHistory.class);
  private final AtomicInteger opened = new AtomicInteger();

  @Test
  void of_injectedAndPrinted_opensNothing() {
    CaptureHistory lazy = LazyPorts.of(CaptureHistory.class, this::open);

    String shown = lazy.toString() + lazy.hashCode() + lazy.equals(lazy);

    assertThat(shown).startsWith("lazy CaptureHistory");
    assertThat(opened).hasValue(0);
  }

  @Test
  void of_portCalled_opensAndAnswersFromThePort() {
    when(history.count()).thenReturn(7L);
    CaptureHistory lazy = LazyPorts.of(CaptureHistory.class, this::open);

    long count = lazy.count();

    assertThat(count).isEqualTo(7L);
    assertThat(opened).hasValue(1);
  }

  @Test
  void of_portFails_callerSeesThePortsOwnException() {
    when(history.count()).thenThrow(new StoreException("the store is locked"));
    CaptureHistory lazy = LazyPorts.of(CaptureHistory.class, this::open);

    assertThatThrownBy(lazy::count)
        .isExactlyInstanceOf(StoreException.class)
        .hasMessage("the store is locked");
  }

  private CaptureHistory open() {
    opened.incrementAndGet();
    return history;
  }
}
