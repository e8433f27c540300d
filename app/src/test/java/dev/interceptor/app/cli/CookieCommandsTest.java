package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand.AddSyncDomain;
import dev.interceptor.core.port.in.ChangeSettingsCommand.RemoveSyncDomain;
import dev.interceptor.core.port.in.ChangeSettingsCommand.ResyncDomain;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCookieSyncEnabled;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CookieCommandsTest {

  private final CliHarness cli = new CliHarness();

  private static final SyncDomain EXAMPLE = new SyncDomain("example.com", true);
  private static final SyncDomain APP = new SyncDomain("app.test.org", false);

  @Test
  void syncOff_pausesAndSaysDomainsStay() {
    int code = cli.run("cookies", "sync", "off");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new SetCookieSyncEnabled(false));
    assertThat(cli.out()).isEqualTo("Cookie sync is off; the sync domains and cookies stay.\n");
  }

  @Test
  void syncOn_countsDomainsThatResume() {
    cli.changes.answer = withDomains(true, EXAMPLE, APP);

    int code = cli.run("cookies", "sync", "on");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new SetCookieSyncEnabled(true));
    assertThat(cli.out()).contains("on for 2 sync domains");
  }

  @Test
  void domainsAdd_passesTextAsTypedAndShowsNormalisedDomain() {
    int code = cli.run("cookies", "domains", "add", "*.Example.COM.");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new AddSyncDomain("*.Example.COM."));
    assertThat(cli.out())
        .startsWith("Syncing cookies of example.com (and subdomains).\n")
        .contains("No browser is connected now");
  }

  @Test
  void domainsAdd_refusedByService_isOneLineUsageError() {
    cli.changes.refusal =
        "sync domain 'co.uk' is a public suffix: it would sync the cookies of every site under it";

    int code = cli.run("cookies", "domains", "add", "co.uk");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).isEqualTo("interceptor: error: " + cli.changes.refusal + "\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void domainsRemove_sendsRemoval() {
    int code = cli.run("cookies", "domains", "remove", "example.com");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new RemoveSyncDomain("example.com"));
    assertThat(cli.out()).isEqualTo("Stopped syncing example.com; its cookies stay.\n");
  }

  @Test
  void domainsResync_asksForSnapshot() {
    int code = cli.run("cookies", "domains", "resync", "example.com");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new ResyncDomain("example.com"));
  }

  @Test
  void domainsList_table_showsScopeCountAndLastSync() {
    when(cli.settings.load()).thenReturn(withDomains(true, EXAMPLE, APP));
    when(cli.settings.lastSync())
        .thenReturn(Map.of("example.com", Instant.parse("2025-03-04T09:00:00Z")));
    when(cli.jar.list(EXAMPLE)).thenReturn(List.of(cookie("sid"), cookie("csrf")));
    when(cli.jar.list(APP)).thenReturn(List.of());

    int code = cli.run("cookies", "domains", "list");

    assertThat(code).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "DOMAIN                SCOPE           COOKIES  LAST SYNC\n"
                + "example.com           and subdomains  2        2025-03-04 09:00:00\n"
                + "https://app.test.org  this host only  0        -\n");
  }

  @Test
  void domainsList_json_givesCountsAndIsoTimes() throws Exception {
    when(cli.settings.load()).thenReturn(withDomains(false, EXAMPLE));
    when(cli.settings.lastSync())
        .thenReturn(Map.of("example.com", Instant.parse("2025-03-04T09:00:00Z")));
    when(cli.jar.list(any())).thenReturn(List.of(cookie("sid")));

    int code = cli.run("cookies", "domains", "list", "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/0/domain").asText()).isEqualTo("example.com");
    assertThat(json.at("/0/includeSubdomains").asBoolean()).isTrue();
    assertThat(json.at("/0/cookies").asInt()).isEqualTo(1);
    assertThat(json.at("/0/lastSync").asText()).isEqualTo("2025-03-04T09:00:00Z");
  }

  static Settings withDomains(boolean enabled, SyncDomain... domains) {
    return new Settings(
        CaptureSettings.DEFAULT,
        new CookieSyncSettings(enabled, List.of(domains)),
        Set.of(),
        Settings.DEFAULT_RETENTION);
  }

  private static Cookie cookie(String name) {
    return new Cookie(
        name,
        "v",
        ".example.com",
        false,
        "/",
        true,
        true,
        "lax",
        null,
        Cookie.DEFAULT_STORE,
        null,
        CliHarness.NOW);
  }
}
