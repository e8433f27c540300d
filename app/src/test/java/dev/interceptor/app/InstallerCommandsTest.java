package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import dev.interceptor.adapter.installer.BrowserDefinition;
import dev.interceptor.adapter.installer.Browsers;
import dev.interceptor.adapter.installer.HostEnvironment;
import dev.interceptor.adapter.installer.LaunchSpec;
import dev.interceptor.adapter.installer.OsFamily;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.app.cli.CommandLines;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.app.cli.GuiceCommandFactory;
import dev.interceptor.app.cli.HostPlacement;
import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install, uninstall and doctor commands through the real command tree and the real installer
 * module, on the real file system under a temporary home; only the store is replaced.
 */
class InstallerCommandsTest {

  private static final String MANIFEST =
      ".config/chromium/NativeMessagingHosts/" + "dev.interceptor.bridge.json";

  @TempDir Path root;

  private Path home;
  private Path data;
  private final HostSessions sessions = mock(HostSessions.class);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private boolean color;
  private boolean storeDamaged;

  @BeforeEach
  void homeWithChromium() throws IOException {
    home = Files.createDirectories(root.resolve("home/Zoë Smith"));
    data = home.resolve(".local/share/interceptor");
    Files.createDirectories(home.resolve(".config/chromium"));
  }

  @Test
  void module_bindsEveryKnownBrowserInCatalogueOrder() {
    Injector injector =
        Guice.createInjector(new InstallerModule(), new EnvironmentModule(new DataDirectory(data)));

    Set<BrowserDefinition> bound =
        injector.getInstance(Key.get(new TypeLiteral<Set<BrowserDefinition>>() {}));

    assertThat(List.copyOf(bound)).isEqualTo(Browsers.defaults());
  }

  @Test
  void install_chromiumFound_writesLauncherAndManifestAndPrintsTable() throws IOException {
    int code = run("install");

    assertThat(code).isZero();
    assertThat(out()).contains("chromium  manifest  created").contains("Installed (2 created)");
    JsonNode manifest = new ObjectMapper().readTree(home.resolve(MANIFEST).toFile());
    assertThat(manifest.path("path").asText())
        .isEqualTo(data.resolve("bin/interceptor-host").toString());
    assertThat(manifest.path("allowed_origins").get(0).asText())
        .isEqualTo("chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/");
  }

  @Test
  void install_firstCommand_createsTheDataDirectoryOwnerOnly() throws IOException {
    int code = run("install");

    // The launcher's folder is inside the data directory, which will hold the store and the log.
    assertThat(code).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
  }

  @Test
  void install_extensionIdGiven_allowsThatExtensionInstead() throws IOException {
    int code = run("install", "--extension-id", "abcdefghijklmnopabcdefghijklmnop");

    assertThat(code).isZero();
    JsonNode manifest = new ObjectMapper().readTree(home.resolve(MANIFEST).toFile());
    assertThat(manifest.path("allowed_origins").toString())
        .isEqualTo("[\"chrome-extension://abcdefghijklmnopabcdefghijklmnop/\"]");
  }

  @Test
  void install_json_givesEveryItemAsData() throws IOException {
    run("install");
    out.reset();

    int code = run("install", "--json");

    JsonNode report = new ObjectMapper().readTree(out());
    assertThat(code).isZero();
    assertThat(report.path("outcome").asText()).isEqualTo("COMPLETED");
    assertThat(report.path("items")).hasSize(2);
    assertThat(report.path("items").findValuesAsText("change"))
        .containsExactly("UNCHANGED", "UNCHANGED");
  }

  @Test
  void install_noBrowserFound_failsWithOneLineAndTheFix() throws IOException {
    Files.delete(home.resolve(".config/chromium"));

    int code = run("install");

    assertThat(code).isEqualTo(7);
    assertThat(err()).startsWith("interceptor: error: No supported browser found").hasLineCount(1);
    assertThat(data.resolve("bin")).doesNotExist();
  }

  @Test
  void install_unknownBrowser_isAUsageError() {
    int code = run("install", "--browser", "netscape");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("unknown browser 'netscape'");
  }

  @Test
  void uninstall_purge_removesManifestLauncherAndData() throws IOException {
    run("install");
    Files.writeString(data.resolve("interceptor.db"), "store");

    int code = run("uninstall", "--purge");

    assertThat(code).isZero();
    assertThat(home.resolve(".config/chromium/NativeMessagingHosts")).doesNotExist();
    assertThat(data).doesNotExist();
    assertThat(out()).contains("Uninstalled");
  }

  @Test
  void doctor_installedNoSession_notConnectedAndEveryCheckPassesInAscii() {
    run("install");
    out.reset();

    int code = run("doctor", "--no-launch");

    assertThat(code).isZero();
    assertThat(out())
        .startsWith("Not connected: ")
        .contains("  [ok]   manifest.allowed: allowed_origins")
        .contains("  [skip] hello round trip: not requested")
        .doesNotContain("✓", "\u001b[");
  }

  @Test
  void doctor_onATerminal_marksChecksWithSymbols() {
    run("install");
    out.reset();
    color = true;

    run("doctor", "--no-launch");

    assertThat(out()).contains("✓").doesNotContain("[ok]");
  }

  @Test
  void doctor_liveSession_saysConnectedFirst() {
    run("install");
    out.reset();
    Instant at = Instant.parse("2025-03-04T10:15:30Z");
    when(sessions.live())
        .thenReturn(
            List.of(new HostSession(1, 42, "chrome", "Default", "id", "1.0", at, at, 0, 0, 0)));

    int code = run("doctor", "--no-launch", "--json");

    assertThat(code).isZero();
    assertThat(out()).contains("\"state\" : \"CONNECTED\"");
  }

  @Test
  void doctor_nothingInstalled_failsWithTheInstallCommand() {
    int code = run("doctor", "--no-launch");

    assertThat(code).isEqualTo(7);
    assertThat(out())
        .startsWith("Dependencies not installed: ")
        .contains("  [FAIL] manifest.present")
        .contains("fix: interceptor install --browser chromium");
  }

  @Test
  void doctor_damagedStore_reportsItAndStillChecksTheBrowsers() throws IOException {
    run("install");
    out.reset();
    storeDamaged = true;

    int code = run("doctor", "--no-launch", "--json");

    JsonNode view = new ObjectMapper().readTree(out());
    assertThat(code).isEqualTo(7);
    assertThat(view.path("healthy").asBoolean()).isFalse();
    assertThat(view.path("store").path("status").asText()).isEqualTo("FAIL");
    assertThat(view.path("store").path("detail").asText()).contains("file is not a database");
    assertThat(view.path("browsers").get(0).path("checks").findValuesAsText("status"))
        .containsOnly("PASS");
  }

  private int run(String... args) {
    CliPrinter printer = new CliPrinter(out, err, color);
    Injector injector =
        Guice.createInjector(Modules.override(new InstallerModule()).with(new TestModule(printer)));
    return CommandLines.run(new GuiceCommandFactory(injector), printer, List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private final class TestModule extends AbstractModule {

    private final CliPrinter printer;

    TestModule(CliPrinter printer) {
      this.printer = printer;
    }

    @Override
    protected void configure() {
      bind(CliPrinter.class).toInstance(printer);
      bind(HostEnvironment.class)
          .toInstance(new HostEnvironment(OsFamily.LINUX, home.toString(), Map.of(), false));
      bind(HostPlacement.class)
          .toInstance(
              new HostPlacement(
                  data.resolve("bin"),
                  root.resolve("app/bin"),
                  data,
                  List.of(CompanionExtension.ID),
                  new LaunchSpec(
                      List.of(System.getProperty("java.home")),
                      List.of(root.resolve("app/lib/*").toString()),
                      Main.class.getName(),
                      List.of())));
      bind(HostSessions.class)
          .toProvider(
              () -> {
                if (storeDamaged) {
                  throw new StoreException("file is not a database");
                }
                return sessions;
              });
    }
  }
}
