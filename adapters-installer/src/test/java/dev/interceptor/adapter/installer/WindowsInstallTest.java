package dev.interceptor.adapter.installer;

import static dev.interceptor.adapter.installer.Fixtures.CHROME_ID;
import static dev.interceptor.adapter.installer.Fixtures.FIREFOX_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases C10 and C12: Windows registry keys, views and paths, on an in-memory Windows. */
class WindowsInstallTest {

  private static final String KEY_TAIL = "\\NativeMessagingHosts\\dev.interceptor.bridge";

  private final HostEnvironment alice = Fixtures.windows("alice");
  private final String hostDir = Fixtures.windowsHostDir(alice);
  private final InMemoryFileSystem files = new InMemoryFileSystem(OsFamily.WINDOWS);
  private final InMemoryRegistry registry = new InMemoryRegistry();

  @Test
  void install_perUser_writesHkcuKeysInThe64BitViewPointingAtOneManifestPerFamily() {
    detect(alice, "%LOCALAPPDATA%/Google/Chrome/User Data");
    detect(alice, "%LOCALAPPDATA%/Microsoft/Edge/User Data");
    detect(alice, "%APPDATA%/Mozilla/Firefox");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, hostDir);

    InstallReport report = installer(alice).install(Fixtures.install(hostDir, launch()));

    String chromium = hostDir + "\\dev.interceptor.bridge.chromium.json";
    String firefox = hostDir + "\\dev.interceptor.bridge.firefox.json";
    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
    assertThat(registry.keys())
        .containsExactlyInAnyOrder(
            "HKCU\\Software\\Google\\Chrome" + KEY_TAIL,
            "HKCU\\Software\\Microsoft\\Edge" + KEY_TAIL,
            "HKCU\\Software\\Mozilla" + KEY_TAIL);
    assertThat(value(RegistryHive.HKCU, "Software\\Google\\Chrome" + KEY_TAIL)).isEqualTo(chromium);
    assertThat(value(RegistryHive.HKCU, "Software\\Microsoft\\Edge" + KEY_TAIL))
        .isEqualTo(chromium);
    assertThat(value(RegistryHive.HKCU, "Software\\Mozilla" + KEY_TAIL)).isEqualTo(firefox);
    assertThat(registry.keys()).noneMatch(key -> key.contains("WOW6432Node"));
    assertThat(json(chromium).get("allowed_origins").get(0).asText())
        .isEqualTo("chrome-extension://" + CHROME_ID + "/");
    assertThat(json(firefox).get("allowed_extensions").get(0).asText()).isEqualTo(FIREFOX_ID);
    assertThat(json(firefox).has("allowed_origins")).isFalse();
  }

  @Test
  void install_system_writesHklmKeysThatThe64BitViewFindsAndNotWow6432Node() {
    detect(alice, "%LOCALAPPDATA%/Google/Chrome/User Data");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, hostDir);
    InstallRequest request =
        new InstallRequest(List.of(), Fixtures.IDS, true, null, hostDir, launch());

    installer(alice).install(request);

    String key = "Software\\Google\\Chrome" + KEY_TAIL;
    assertThat(registry.keys()).containsExactly("HKLM\\" + key);
    assertThat(registry.defaultValue(RegistryHive.HKLM, key, RegistryView.BITS_64)).isPresent();
    assertThat(registry.defaultValue(RegistryHive.HKLM, key, RegistryView.BITS_32)).isEmpty();
  }

  @Test
  void install_braveAndVivaldi_writeTheirOwnKeyAndChromesKey() {
    detect(alice, "%LOCALAPPDATA%/BraveSoftware/Brave-Browser/User Data");
    detect(alice, "%LOCALAPPDATA%/Vivaldi/User Data");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, hostDir);

    InstallReport report = installer(alice).install(Fixtures.install(hostDir, launch()));

    assertThat(registry.keys())
        .containsExactlyInAnyOrder(
            "HKCU\\Software\\BraveSoftware\\Brave-Browser" + KEY_TAIL,
            "HKCU\\Software\\Google\\Chrome" + KEY_TAIL,
            "HKCU\\Software\\Vivaldi" + KEY_TAIL);
    assertThat(report.items())
        .filteredOn(item -> item.location().endsWith("Google\\Chrome" + KEY_TAIL))
        .hasSize(1);
  }

  @Test
  void uninstall_afterInstall_removesExactlyTheKeysManifestsAndLauncher() {
    detect(alice, "%LOCALAPPDATA%/Google/Chrome/User Data");
    detect(alice, "%APPDATA%/Mozilla/Firefox");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, hostDir);
    registry.put(
        RegistryHive.HKCU,
        "Software\\Google\\Chrome\\NativeMessagingHosts\\other.host",
        RegistryView.BITS_64,
        "",
        "C:\\other.json");
    var before = files.snapshot();
    var keysBefore = List.copyOf(registry.keys());
    HostInstaller installer = installer(alice);
    installer.install(Fixtures.install(hostDir, launch()));

    InstallReport report = installer.uninstall(Fixtures.uninstall(hostDir));

    assertThat(registry.keys()).containsExactlyElementsOf(keysBefore);
    assertThat(files.snapshot()).isEqualTo(before);
    assertThat(report.items())
        .filteredOn(item -> item.change() == ItemChange.REMOVED)
        .extracting(InstallItem::kind)
        .containsExactlyInAnyOrder(
            ItemKind.REGISTRY_KEY,
            ItemKind.REGISTRY_KEY,
            ItemKind.MANIFEST,
            ItemKind.MANIFEST,
            ItemKind.LAUNCHER);
  }

  @Test
  void uninstall_oneBrowserSharingChromesKey_keepsTheSharedKey() {
    detect(alice, "%LOCALAPPDATA%/Google/Chrome/User Data");
    detect(alice, "%LOCALAPPDATA%/BraveSoftware/Brave-Browser/User Data");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, hostDir);
    HostInstaller installer = installer(alice);
    installer.install(Fixtures.install(hostDir, launch()));

    installer.uninstall(Fixtures.uninstall(hostDir, "brave"));

    assertThat(registry.keys()).containsExactly("HKCU\\Software\\Google\\Chrome" + KEY_TAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Alice Smith", "Zoë"})
  void install_userNameWithSpaceOrNonAscii_manifestPathUsesBackslashesOnly(String user) {
    HostEnvironment environment = Fixtures.windows(user);
    String dir = Fixtures.windowsHostDir(environment);
    detectIn(environment, "%LOCALAPPDATA%/Google/Chrome/User Data");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, dir);

    installer(environment).install(Fixtures.install(dir, Fixtures.bundled(OsFamily.WINDOWS, dir)));

    String manifest = files.text(dir + "\\dev.interceptor.bridge.chromium.json");
    assertThat(manifest)
        .contains(
            "\"path\" : \"C:\\\\Users\\\\"
                + user
                + "\\\\AppData\\\\Local\\\\Interceptor\\\\interceptor-host.bat\"");
    assertThat(json(dir + "\\dev.interceptor.bridge.chromium.json").get("path").asText())
        .doesNotContain("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Alice Smith", "Zoë"})
  void install_userNameWithSpaceOrNonAscii_batchFileNamesSiblingsThroughQuotedDp0(String user) {
    HostEnvironment environment = Fixtures.windows(user);
    String dir = Fixtures.windowsHostDir(environment);
    detectIn(environment, "%LOCALAPPDATA%/Google/Chrome/User Data");
    Fixtures.addRuntime(files, OsFamily.WINDOWS, dir);

    installer(environment).install(Fixtures.install(dir, Fixtures.bundled(OsFamily.WINDOWS, dir)));

    String batch = files.text(dir + "\\interceptor-host.bat");
    assertThat(batch).startsWith("@echo off\r\n");
    assertThat(batch).contains("set \"JAVA=%~dp0runtime\\bin\\java.exe\"");
    assertThat(batch).contains("\"%JAVA%\" -XX:TieredStopAtLevel=1");
    assertThat(batch).contains("-cp \"%~dp0lib\\*\" dev.interceptor.app.Main host %*");
    assertThat(batch).doesNotContain(user).doesNotContain("Users");
    assertThat(batch).isASCII();
  }

  @Test
  void install_runtimeOutsideHostDirBelowProfile_namesItThroughAFolderVariable() {
    HostEnvironment environment = Fixtures.windows("Zoë");
    String dir = Fixtures.windowsHostDir(environment);
    String jdk = environment.home() + "\\AppData\\Local\\Programs\\jdk-17";
    detectIn(environment, "%LOCALAPPDATA%/Google/Chrome/User Data");
    files.put(jdk + "\\bin\\java.exe", "binary", true);
    LaunchSpec launch =
        new LaunchSpec(List.of(jdk), List.of(dir + "\\lib\\*"), Fixtures.MAIN, List.of());

    installer(environment).install(Fixtures.install(dir, launch));

    assertThat(files.text(dir + "\\interceptor-host.bat"))
        .contains("set \"JAVA=%LOCALAPPDATA%\\Programs\\jdk-17\\bin\\java.exe\"")
        .isASCII();
  }

  private LaunchSpec launch() {
    return Fixtures.bundled(OsFamily.WINDOWS, hostDir);
  }

  private HostInstaller installer(HostEnvironment environment) {
    return new HostInstaller(environment, files, registry, Browsers.defaults());
  }

  private void detect(HostEnvironment environment, String template) {
    detectIn(environment, template);
  }

  private void detectIn(HostEnvironment environment, String template) {
    files.createDirectories(new PathResolver(environment).resolve(template));
  }

  private String value(RegistryHive hive, String key) {
    return registry.defaultValue(hive, key, RegistryView.BITS_64).orElseThrow();
  }

  private JsonNode json(String path) {
    try {
      return new ObjectMapper().readTree(files.read(path).orElseThrow());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
