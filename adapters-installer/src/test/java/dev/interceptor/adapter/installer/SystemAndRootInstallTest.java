package dev.interceptor.adapter.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Case C13's machine-wide folders and case C15 (run as root), on an in-memory Linux. */
class SystemAndRootInstallTest {

  private static final String NAME = "/dev.interceptor.bridge.json";
  private static final String HOST_DIR = "/opt/interceptor";

  private final InMemoryFileSystem files = new InMemoryFileSystem(OsFamily.LINUX);

  @Test
  void install_system_writesTheMachineWideFolders() {
    files.createDirectories("/etc/opt/chrome");
    files.createDirectories("/etc/chromium");
    files.createDirectories("/usr/lib/mozilla");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);

    InstallReport report = installer(Fixtures.posix(OsFamily.LINUX, "/root")).install(system());

    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
    assertThat(files.snapshot())
        .contains(
            "/etc/opt/chrome/native-messaging-hosts" + NAME,
            "/etc/chromium/native-messaging-hosts" + NAME,
            "/usr/lib/mozilla/native-messaging-hosts" + NAME);
  }

  @Test
  void install_systemOnADistroWithLib64Mozilla_usesLib64() {
    files.createDirectories("/usr/lib64/mozilla");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);

    installer(Fixtures.posix(OsFamily.LINUX, "/root")).install(system());

    assertThat(files.exists("/usr/lib64/mozilla/native-messaging-hosts" + NAME)).isTrue();
    assertThat(files.exists("/usr/lib/mozilla/native-messaging-hosts" + NAME)).isFalse();
  }

  @Test
  void install_perUserThroughSudo_refusesAndWritesNothing() {
    HostEnvironment sudo =
        new HostEnvironment(OsFamily.LINUX, "/root", Map.of("SUDO_USER", "alice"), true);
    files.createDirectories("/root/.config/google-chrome");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);
    var before = files.snapshot();

    InstallReport report =
        installer(sudo)
            .install(Fixtures.install(HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR)));

    assertThat(report.outcome()).isEqualTo(InstallOutcome.REFUSED);
    assertThat(report.message())
        .contains("must not run as root")
        .contains("alice")
        .contains("without sudo")
        .contains("--system");
    assertThat(files.snapshot()).isEqualTo(before);
  }

  @Test
  void install_perUserAsRealRoot_installsForRootWithAWarning() {
    HostEnvironment root = new HostEnvironment(OsFamily.LINUX, "/root", Map.of(), true);
    files.createDirectories("/root/.config/google-chrome");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);

    InstallReport report =
        installer(root)
            .install(Fixtures.install(HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR)));

    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
    assertThat(report.warnings()).singleElement().asString().contains("installing for root only");
    assertThat(files.exists("/root/.config/google-chrome/NativeMessagingHosts" + NAME)).isTrue();
  }

  @Test
  void uninstall_perUserAsRealRoot_warnsOfRemovingRootsOwnOnly() {
    HostEnvironment root = new HostEnvironment(OsFamily.LINUX, "/root", Map.of(), true);
    files.createDirectories("/root/.config/google-chrome");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);
    installer(root).install(Fixtures.install(HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR)));

    InstallReport report = installer(root).uninstall(Fixtures.uninstall(HOST_DIR));

    assertThat(report.warnings())
        .singleElement()
        .asString()
        .contains("removing root's own registration only")
        .doesNotContain("installing");
  }

  @Test
  void install_systemThroughSudo_isAllowed() {
    HostEnvironment sudo =
        new HostEnvironment(OsFamily.LINUX, "/root", Map.of("SUDO_USER", "alice"), true);
    files.createDirectories("/etc/opt/chrome");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);

    InstallReport report = installer(sudo).install(system());

    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void install_noRuntimeAnywhere_refusesNamingTheFoldersLookedIn() {
    files.createDirectories("/home/alice/.config/chromium");

    InstallReport report =
        installer(Fixtures.posix(OsFamily.LINUX, "/home/alice"))
            .install(Fixtures.install(HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR)));

    assertThat(report.outcome()).isEqualTo(InstallOutcome.REFUSED);
    assertThat(report.message()).contains("/opt/interceptor/runtime").contains("install Java");
  }

  @Test
  void install_snapChromiumOnly_namesItUnsupported() {
    files.createDirectories("/home/alice/snap/chromium");
    Fixtures.addRuntime(files, OsFamily.LINUX, HOST_DIR);

    InstallReport report =
        installer(Fixtures.posix(OsFamily.LINUX, "/home/alice"))
            .install(Fixtures.install(HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR)));

    assertThat(report.items())
        .filteredOn(i -> i.browser().equals("chromium-snap"))
        .singleElement()
        .satisfies(i -> assertThat(i.detail()).startsWith("unsupported: Snap confinement"));
    assertThat(files.snapshot()).noneMatch(path -> path.contains("snap/chromium/common"));
  }

  private static InstallRequest system() {
    return new InstallRequest(
        List.of(), Fixtures.IDS, true, null, HOST_DIR, Fixtures.bundled(OsFamily.LINUX, HOST_DIR));
  }

  private HostInstaller installer(HostEnvironment environment) {
    return new HostInstaller(environment, files, RegistryPort.none(), Browsers.defaults());
  }
}
