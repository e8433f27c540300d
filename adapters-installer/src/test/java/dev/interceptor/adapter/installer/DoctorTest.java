package dev.interceptor.adapter.installer;

import static dev.interceptor.adapter.installer.Fixtures.CHROME_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The doctor's checks on an in-memory Linux and Windows; each failure carries its fix. */
class DoctorTest {

  private static final String HOME = "/home/alice";
  private static final String HOST_DIR = "/opt/interceptor";
  private static final String MANIFEST =
      HOME + "/.config/chromium/NativeMessagingHosts/dev.interceptor.bridge.json";
  private static final String LAUNCHER = HOST_DIR + "/interceptor-host";

  private final HostEnvironment linux = Fixtures.posix(OsFamily.LINUX, HOME);
  private final InMemoryFileSystem files = new InMemoryFileSystem(OsFamily.LINUX);

  @Test
  void diagnose_healthyInstallNoSession_isNotConnectedAndSaysHowToLoadTheExtension() {
    installChromium();

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(report.state()).isEqualTo(OverallState.NOT_CONNECTED);
    assertThat(report.fix()).contains("Load unpacked");
    assertThat(report.browsers()).singleElement().satisfies(b -> assertThat(b.healthy()).isTrue());
    assertThat(report.browsers().get(0).checks())
        .extracting(Check::id)
        .containsExactly(
            "manifest.present",
            "manifest.json",
            "manifest.name",
            "manifest.type",
            "manifest.path",
            "launcher.runtime",
            "manifest.allowed");
  }

  @Test
  void diagnose_liveSession_isConnected() {
    installChromium();

    DoctorReport report = doctor(linux).diagnose(request(true));

    assertThat(report.state()).isEqualTo(OverallState.CONNECTED);
  }

  @Test
  void diagnose_nothingInstalled_saysWhichDependenciesAreMissing() {
    files.createDirectories(HOME + "/.config/chromium");

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(report.state()).isEqualTo(OverallState.DEPENDENCIES_NOT_INSTALLED);
    assertThat(report.summary())
        .contains("the launcher " + LAUNCHER)
        .contains("a host manifest for any browser");
    assertThat(report.fix()).isEqualTo("run: interceptor install");
  }

  @Test
  void diagnose_profileDirNothingInstalled_nextCommandNamesTheBrowserAndQuotesTheFolder() {
    files.createDirectories("/profiles/Zoë's");
    DoctorRequest request =
        new DoctorRequest(
            List.of("chromium"),
            Fixtures.IDS,
            false,
            "/profiles/Zoë's",
            HOST_DIR,
            () -> false,
            false,
            Duration.ofSeconds(1));

    DoctorReport report = doctor(linux).diagnose(request);

    assertThat(report.state()).isEqualTo(OverallState.DEPENDENCIES_NOT_INSTALLED);
    assertThat(report.fix())
        .isEqualTo(
            "run: interceptor install --browser chromium --profile-dir '/profiles/Zoë'\\''s'");
  }

  @Test
  void diagnose_runtimeRemovedAfterInstall_namesTheMissingRuntime() {
    installChromium();
    files.delete(HOST_DIR + "/runtime/bin/java");

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(report.state()).isEqualTo(OverallState.DEPENDENCIES_NOT_INSTALLED);
    assertThat(report.summary()).contains("Java runtime " + HOST_DIR + "/runtime/bin/java");
    assertThat(failed(report, "launcher.runtime").fix()).contains("install Java 17");
  }

  static Stream<Arguments> brokenManifests() {
    String ok = "\"type\":\"stdio\",\"path\":\"" + LAUNCHER + "\",";
    String origins = "\"allowed_origins\":[\"chrome-extension://" + CHROME_ID + "/\"]";
    return Stream.of(
        Arguments.of(
            "\uFEFF{\"name\":\"dev.interceptor.bridge\"," + ok + origins + "}",
            "manifest.encoding",
            "byte-order mark"),
        Arguments.of("{\"name\":", "manifest.json", "not a valid JSON"),
        Arguments.of(
            "{\"name\":\"Dev.Bridge\"," + ok + origins + "}", "manifest.name", "naming rules"),
        Arguments.of(
            "{\"name\":\"com.example.other\"," + ok + origins + "}",
            "manifest.name",
            "expected dev.interceptor.bridge"),
        Arguments.of(
            "{\"name\":\"dev.interceptor.bridge\",\"type\":\"pipe\",\"path\":\""
                + LAUNCHER
                + "\","
                + origins
                + "}",
            "manifest.type",
            "must be 'stdio'"),
        Arguments.of(
            "{\"name\":\"dev.interceptor.bridge\",\"type\":\"stdio\",\"path\":\"interceptor-host\","
                + origins
                + "}",
            "manifest.path",
            "not absolute"),
        Arguments.of(
            "{\"name\":\"dev.interceptor.bridge\",\"type\":\"stdio\",\"path\":\"/nowhere/host\","
                + origins
                + "}",
            "manifest.path",
            "/nowhere/host is missing"),
        Arguments.of(
            "{\"name\":\"dev.interceptor.bridge\","
                + ok
                + "\"allowed_origins\":[\"chrome-extension://"
                + CHROME_ID
                + "\"]}",
            "manifest.allowed",
            "without the trailing slash"),
        Arguments.of(
            "{\"name\":\"dev.interceptor.bridge\","
                + ok
                + "\"allowed_origins\":[\"chrome-extension://ppppppppppppppppppppppppppppppppp/\"]}",
            "manifest.allowed",
            "does not contain chrome-extension://" + CHROME_ID + "/"));
  }

  @ParameterizedTest
  @MethodSource("brokenManifests")
  void diagnose_brokenManifest_failsThatCheckWithTheInstallFix(
      String manifest, String checkId, String detail) {
    installChromium();
    files.write(MANIFEST, manifest.getBytes(StandardCharsets.UTF_8), false);

    DoctorReport report = doctor(linux).diagnose(request(false));

    Check check = failed(report, checkId);
    assertThat(check.detail()).contains(detail);
    assertThat(check.fix()).startsWith("interceptor install --browser chromium");
  }

  @Test
  void diagnose_manifestMissing_failsPresenceWithTheInstallCommand() {
    installChromium();
    files.delete(MANIFEST);

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(failed(report, "manifest.present").fix())
        .isEqualTo("interceptor install --browser chromium");
  }

  @Test
  void diagnose_launcherNotExecutable_failsWithChmod() {
    installChromium();
    byte[] launcher = files.read(LAUNCHER).orElseThrow();
    files.write(LAUNCHER, launcher, false);

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(failed(report, "manifest.path").fix()).startsWith("chmod 755 '" + LAUNCHER + "'");
  }

  @Test
  void diagnose_snapChromium_isNamedUnsupportedWithTheReason() {
    files.createDirectories(HOME + "/snap/chromium");

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(report.browsers())
        .filteredOn(b -> b.browser().equals("chromium-snap"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
              assertThat(b.checks().get(0).fix()).contains("Snap confinement");
            });
  }

  @Test
  void diagnose_flatpakBrowser_warnsAboutTheSandbox() {
    files.createDirectories(HOME + "/.var/app/org.chromium.Chromium/config/chromium");

    DoctorReport report = doctor(linux).diagnose(request(false));

    assertThat(report.browsers().get(0).checks().get(0))
        .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.WARN))
        .satisfies(c -> assertThat(c.detail()).contains("sandbox"));
  }

  @Test
  void roundTrip_healthyInstall_startsTheLauncherWithTheOrigin() {
    installChromium();
    RecordingProcesses processes = new RecordingProcesses();
    Doctor doctor = new Doctor(linux, files, RegistryPort.none(), processes, Browsers.defaults());

    doctor.diagnose(
        new DoctorRequest(
            List.of(),
            Fixtures.IDS,
            false,
            null,
            HOST_DIR,
            () -> false,
            true,
            Duration.ofSeconds(1)));

    assertThat(processes.command)
        .containsExactly(LAUNCHER, "chrome-extension://" + CHROME_ID + "/");
    assertThat(processes.workingDir).isEqualTo(HOST_DIR);
  }

  // Windows: the registry lookup and policies.

  @Test
  void diagnose_windowsKeyMissing_failsWithTheInstallCommand() {
    WindowsSetup windows = new WindowsSetup();
    windows.registry.deleteKey(RegistryHive.HKCU, WindowsSetup.CHROMIUM_KEY);

    Check check = failed(windows.diagnose(), "registry.key");

    assertThat(check.detail()).contains("not registered");
    assertThat(check.fix()).isEqualTo("interceptor install --browser chromium");
  }

  @Test
  void diagnose_windowsStaleWow6432NodeEntry_failsWithTheRegDeleteCommand() {
    WindowsSetup windows = new WindowsSetup();
    windows.registry.deleteKey(RegistryHive.HKCU, WindowsSetup.CHROMIUM_KEY);
    windows.registry.put(
        RegistryHive.HKLM, WindowsSetup.CHROMIUM_KEY, RegistryView.BITS_64, "", windows.manifest);
    windows.registry.put(
        RegistryHive.HKLM,
        WindowsSetup.CHROMIUM_KEY,
        RegistryView.BITS_32,
        "",
        "C:\\old\\bridge.json");

    Check check = failed(windows.diagnose(), "registry.key");

    assertThat(check.detail()).contains("C:\\old\\bridge.json");
    assertThat(check.fix())
        .startsWith("reg delete \"HKLM\\" + WindowsSetup.CHROMIUM_KEY + "\" /reg:32 /f");
  }

  @Test
  void diagnose_windowsHealthy_passesKeyAndPolicy() {
    DoctorReport report = new WindowsSetup().diagnose();

    assertThat(report.browsers().get(0).healthy()).isTrue();
    assertThat(report.browsers().get(0).checks())
        .extracting(Check::id)
        .startsWith("registry.key", "policy", "manifest.present");
  }

  @Test
  void diagnose_windowsUserLevelHostsForbidden_failsThePolicyCheck() {
    WindowsSetup windows = new WindowsSetup();
    windows.registry.put(
        RegistryHive.HKLM,
        "SOFTWARE\\Policies\\Chromium",
        RegistryView.BITS_64,
        "NativeMessagingUserLevelHosts",
        0);

    DoctorReport report = windows.diagnose();

    assertThat(failed(report, "policy").fix()).contains("interceptor install --system");
  }

  @Test
  void diagnose_windowsBlocklistWildcard_failsUnlessAllowlisted() {
    WindowsSetup windows = new WindowsSetup();
    String blocklist = "SOFTWARE\\Policies\\Chromium\\NativeMessagingBlocklist";
    windows.registry.put(RegistryHive.HKLM, blocklist, RegistryView.BITS_64, "1", "*");

    assertThat(failed(windows.diagnose(), "policy").fix()).contains("NativeMessagingAllowlist");

    windows.registry.put(
        RegistryHive.HKLM,
        "SOFTWARE\\Policies\\Chromium\\NativeMessagingAllowlist",
        RegistryView.BITS_64,
        "1",
        HostName.BRIDGE);
    assertThat(windows.diagnose().browsers().get(0).healthy()).isTrue();
  }

  private void installChromium() {
    files.createDirectories(HOME + "/.config/chromium");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);
    InstallReport report =
        new HostInstaller(linux, files, RegistryPort.none(), Browsers.defaults())
            .install(Fixtures.install(HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR)));
    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
  }

  private Doctor doctor(HostEnvironment environment) {
    return new Doctor(
        environment, files, RegistryPort.none(), new RecordingProcesses(), Browsers.defaults());
  }

  private static DoctorRequest request(boolean live) {
    return new DoctorRequest(
        List.of(), Fixtures.IDS, false, null, HOST_DIR, () -> live, false, Duration.ofSeconds(1));
  }

  private static Check failed(DoctorReport report, String id) {
    return report.browsers().stream()
        .flatMap(b -> b.checks().stream())
        .filter(c -> c.id().equals(id) && c.status() == CheckStatus.FAIL)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failed " + id + " in " + report));
  }

  /** An installed Chromium on an in-memory Windows for alice. */
  private static final class WindowsSetup {

    static final String CHROMIUM_KEY =
        "Software\\Chromium\\NativeMessagingHosts\\dev.interceptor.bridge";

    final HostEnvironment alice = Fixtures.windows("alice");
    final String hostDir = Fixtures.windowsHostDir(alice);
    final String manifest = hostDir + "\\dev.interceptor.bridge.chromium.json";
    final InMemoryFileSystem files = new InMemoryFileSystem(OsFamily.WINDOWS);
    final InMemoryRegistry registry = new InMemoryRegistry();

    WindowsSetup() {
      files.createDirectories(alice.home() + "\\AppData\\Local\\Chromium\\User Data");
      Fixtures.addRuntime(files, OsFamily.WINDOWS, hostDir);
      new HostInstaller(alice, files, registry, Browsers.defaults())
          .install(Fixtures.install(hostDir, Fixtures.bundled(OsFamily.WINDOWS, hostDir)));
    }

    DoctorReport diagnose() {
      return new Doctor(alice, files, registry, new RecordingProcesses(), Browsers.defaults())
          .diagnose(
              new DoctorRequest(
                  List.of(),
                  Fixtures.IDS,
                  false,
                  null,
                  hostDir,
                  () -> false,
                  false,
                  Duration.ofSeconds(1)));
    }
  }

  /** Records the command instead of starting it; the host never answers. */
  private static final class RecordingProcesses implements ProcessPort {

    List<String> command = List.of();
    String workingDir = "";

    @Override
    public RunningProcess start(List<String> command, String workingDir) {
      this.command = command;
      this.workingDir = workingDir;
      throw new InstallerException("not started in unit tests");
    }
  }
}
