package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

  private final CliHarness cli = new CliHarness();

  private static final SyncDomain EXAMPLE = new SyncDomain("example.com", true);

  @BeforeEach
  void store() {
    when(cli.settings.load())
        .thenReturn(
            new Settings(
                new CaptureSettings(
                    true,
                    CaptureFilter.ALL,
                    new CaptureTarget.Collection("checkout", Organize.HOST)),
                new CookieSyncSettings(true, List.of(EXAMPLE)),
                Set.of(),
                200));
    when(cli.settings.lastSync()).thenReturn(Map.of());
    when(cli.history.count()).thenReturn(42L);
    when(cli.sessions.live())
        .thenReturn(
            List.of(
                new HostSession(
                    7,
                    4242,
                    "chromium",
                    "Default",
                    "abcdefghijklmnopabcdefghijklmnop",
                    "0.1.0",
                    Instant.parse("2025-03-04T10:00:00Z"),
                    Instant.parse("2025-03-04T10:15:00Z"),
                    12,
                    3,
                    5)));
  }

  @Test
  void status_text_showsSessionsCaptureAndSync() {
    int code = cli.run("status");

    assertThat(code).isZero();
    assertThat(cli.out())
        .contains("Browsers     1 connected")
        .contains("chromium  Default  2025-03-04 10:00:00  2025-03-04 10:15:00  12      3        5")
        .contains("Capture      on")
        .contains("  keeps      every request")
        .contains("  saves to   collection \"checkout\" (a folder per host)")
        .contains("  History    42 entries (keeps the newest 200)")
        .contains("Cookie sync  on")
        .contains("example.com  and subdomains  0        -");
  }

  @Test
  void status_json_isOneDocumentWithEverySection() throws Exception {
    int code = cli.run("status", "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/sessions/0/browser").asText()).isEqualTo("chromium");
    assertThat(json.at("/sessions/0/connectedSince").asText()).isEqualTo("2025-03-04T10:00:00Z");
    assertThat(json.at("/sessions/0/capturesStored").asLong()).isEqualTo(12);
    assertThat(json.at("/capture/enabled").asBoolean()).isTrue();
    assertThat(json.at("/capture/target/collection").asText()).isEqualTo("checkout");
    assertThat(json.at("/capture/target/organize").asText()).isEqualTo("host");
    assertThat(json.at("/cookieSyncEnabled").asBoolean()).isTrue();
    assertThat(json.at("/syncDomains/0/domain").asText()).isEqualTo("example.com");
    assertThat(json.at("/syncDomains/0/lastSync").isNull()).isTrue();
    assertThat(json.at("/historyEntries").asLong()).isEqualTo(42);
  }

  @Test
  void status_storeFails_exitsWithStoreCodeAndOneLine() {
    when(cli.settings.load())
        .thenThrow(
            new StoreException(
                "cannot read /tmp/x/interceptor.db: file is not a database; run 'interceptor db"
                    + " check'\nsecond line"));

    int code = cli.run("status");

    assertThat(code).isEqualTo(ExitCode.STORE.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: cannot read /tmp/x/interceptor.db: file is not a database; run"
                + " 'interceptor db check'\n");
  }

  @Test
  void status_storeFailsWithDebug_addsStackTrace() {
    when(cli.settings.load()).thenThrow(new StoreException("locked"));

    int code = cli.run("status", "--debug");

    assertThat(code).isEqualTo(ExitCode.STORE.code());
    assertThat(cli.err()).startsWith("interceptor: error: locked\n").contains("\tat ");
  }
}
