package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.port.out.HostSessions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHostSessionsIT {

  @TempDir Path dir;

  @Test
  void open_thenUpdate_liveShowsCurrentCounters() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      HostSessions sessions = store.hostSessions();
      HostSession opened = sessions.open(session(ProcessHandle.current().pid()));

      HostSession later =
          new HostSession(
              opened.id(),
              opened.pid(),
              "chrome",
              "Default",
              "abcdefghijklmnopabcdefghijklmnop",
              "1.2.0",
              T0,
              T0.plusSeconds(30),
              5,
              1,
              9);
      sessions.update(later);

      assertThat(opened.id()).isPositive();
      assertThat(sessions.live()).containsExactly(later);
    }
  }

  @Test
  void close_session_isNoLongerLive() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      HostSession opened = store.hostSessions().open(session(ProcessHandle.current().pid()));

      store.hostSessions().close(opened.id());

      assertThat(store.hostSessions().live()).isEmpty();
    }
  }

  @Test
  void live_processExitedWithoutClosing_isNotLive() throws Exception {
    Process child =
        new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long pid = child.pid();
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      store.hostSessions().open(session(pid));
      HostSession mine = store.hostSessions().open(session(ProcessHandle.current().pid()));
      child.waitFor();

      List<HostSession> live = store.hostSessions().live();

      assertThat(live).containsExactly(mine);
    }
  }

  private static HostSession session(long pid) {
    return new HostSession(
        0, pid, "chrome", "Default", "abcdefghijklmnopabcdefghijklmnop", "1.2.0", T0, T0, 0, 0, 0);
  }
}
