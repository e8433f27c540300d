package dev.interceptor.adapter.installer;

import static dev.interceptor.adapter.installer.Fixtures.CHROME_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case C13 and the install life cycle on the real file system under a temporary home, with the
 * Linux and the macOS layouts.
 */
class PosixInstallIT {

  private static final String NAME = "dev.interceptor.bridge.json";

  @TempDir Path home;

  private final FileSystemPort files = FileSystemPort.local();

  @Test
  void install_linuxBrowsersPresent_writesOneManifestPerBrowserFolder() throws IOException {
    HostEnvironment linux = Fixtures.posix(OsFamily.LINUX, home.toString());
    List<String> browserDirs =
        List.of(
            ".config/google-chrome",
            ".config/chromium",
            ".config/microsoft-edge",
            ".config/BraveSoftware/Brave-Browser",
            ".config/vivaldi",
            ".mozilla/firefox",
            ".var/app/com.google.Chrome/config/google-chrome");
    for (String dir : browserDirs) {
      Files.createDirectories(home.resolve(dir));
    }

    InstallReport report = install(linux);

    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
    assertThat(manifests())
        .containsExactlyInAnyOrder(
            ".config/google-chrome/NativeMessagingHosts/" + NAME,
            ".config/chromium/NativeMessagingHosts/" + NAME,
            ".config/microsoft-edge/NativeMessagingHosts/" + NAME,
            ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts/" + NAME,
            ".config/vivaldi/NativeMessagingHosts/" + NAME,
            ".mozilla/native-messaging-hosts/" + NAME,
            ".var/app/com.google.Chrome/config/google-chrome/NativeMessagingHosts/" + NAME);
    assertThat(report.warnings()).anyMatch(w -> w.startsWith("Google Chrome (Flatpak): "));
  }

  @Test
  void install_macosBrowsersPresent_writesBelowApplicationSupportWithItsSpace() throws IOException {
    HostEnvironment mac = Fixtures.posix(OsFamily.MACOS, home.toString());
    String support = "Library/Application Support/";
    for (String dir :
        List.of(
            "Google/Chrome",
            "Chromium",
            "Microsoft Edge",
            "BraveSoftware/Brave-Browser",
            "Firefox")) {
      Files.createDirectories(home.resolve(support + dir));
    }

    install(mac);

    assertThat(manifests())
        .containsExactlyInAnyOrder(
            support + "Google/Chrome/NativeMessagingHosts/" + NAME,
            support + "Chromium/NativeMessagingHosts/" + NAME,
            support + "Microsoft Edge/NativeMessagingHosts/" + NAME,
            support + "BraveSoftware/Brave-Browser/NativeMessagingHosts/" + NAME,
            support + "Mozilla/NativeMessagingHosts/" + NAME);
  }

  @Test
  void install_chromiumAndFirefox_manifestsHaveExactFieldsAndModes() throws IOException {
    Files.createDirectories(home.resolve(".config/chromium"));
    Files.createDirectories(home.resolve(".mozilla/firefox"));

    install(Fixtures.posix(OsFamily.LINUX, home.toString()));

    Path chromium = home.resolve(".config/chromium/NativeMessagingHosts/" + NAME);
    Path firefox = home.resolve(".mozilla/native-messaging-hosts/" + NAME);
    Path launcher = home.resolve("app/interceptor-host");
    JsonNode chromiumJson = new ObjectMapper().readTree(chromium.toFile());
    assertThat(chromiumJson.get("name").asText()).isEqualTo("dev.interceptor.bridge");
    assertThat(chromiumJson.get("type").asText()).isEqualTo("stdio");
    assertThat(chromiumJson.get("path").asText()).isEqualTo(launcher.toString());
    assertThat(chromiumJson.get("allowed_origins").toString())
        .isEqualTo("[\"chrome-extension://" + CHROME_ID + "/\"]");
    JsonNode firefoxJson = new ObjectMapper().readTree(firefox.toFile());
    assertThat(firefoxJson.get("allowed_extensions").toString())
        .isEqualTo("[\"bridge@example.com\"]");
    assertThat(firefoxJson.has("allowed_origins")).isFalse();
    assertThat(Files.readAllBytes(chromium)[0]).isEqualTo((byte) '{');
    assertThat(mode(launcher)).isEqualTo("rwxr-xr-x");
    assertThat(mode(chromium)).isEqualTo("rw-r--r--");
  }

  @Test
  void install_secondTime_changesNothing() throws IOException {
    Files.createDirectories(home.resolve(".config/google-chrome"));
    HostEnvironment linux = Fixtures.posix(OsFamily.LINUX, home.toString());
    install(linux);
    Set<String> before = tree();

    InstallReport second = install(linux);

    assertThat(second.changedAnything()).isFalse();
    assertThat(second.items()).extracting(InstallItem::change).containsOnly(ItemChange.UNCHANGED);
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void install_manifestOfAnotherHostWithOurFileName_leavesItAlone() throws IOException {
    Path dir = Files.createDirectories(home.resolve(".config/chromium/NativeMessagingHosts"));
    String foreign = "{\"name\":\"com.example.bridge\",\"path\":\"/x\"}";
    Files.writeString(dir.resolve(NAME), foreign);

    InstallReport report = install(Fixtures.posix(OsFamily.LINUX, home.toString()));

    assertThat(Files.readString(dir.resolve(NAME))).isEqualTo(foreign);
    assertThat(report.outcome()).isEqualTo(InstallOutcome.PARTIAL);
    assertThat(report.items())
        .anyMatch(i -> i.change() == ItemChange.REFUSED && i.detail().contains("com.example"));
  }

  @Test
  void uninstall_afterInstall_restoresTheTreeAndKeepsOtherFiles() throws IOException {
    Files.createDirectories(home.resolve(".config/google-chrome/Default"));
    Files.createDirectories(home.resolve(".mozilla/native-messaging-hosts"));
    Files.writeString(home.resolve(".mozilla/native-messaging-hosts/other.json"), "{}");
    Files.createDirectories(home.resolve(".mozilla/firefox"));
    Files.createDirectories(home.resolve("app"));
    Files.createDirectories(home.resolve("data"));
    Files.writeString(home.resolve("data/interceptor.db"), "store");
    HostEnvironment linux = Fixtures.posix(OsFamily.LINUX, home.toString());
    Set<String> before = tree();
    install(linux);

    InstallReport report = installer(linux).uninstall(Fixtures.uninstall(hostDir()));

    assertThat(tree()).isEqualTo(before);
    assertThat(report.items())
        .filteredOn(i -> i.change() == ItemChange.REMOVED)
        .extracting(InstallItem::kind)
        .containsExactlyInAnyOrder(ItemKind.MANIFEST, ItemKind.MANIFEST, ItemKind.LAUNCHER);
  }

  @Test
  void uninstall_purge_deletesTheDataFolderToo() throws IOException {
    Files.createDirectories(home.resolve(".config/chromium"));
    Path data = Files.createDirectories(home.resolve("data"));
    Files.writeString(data.resolve("interceptor.db"), "store");
    HostEnvironment linux = Fixtures.posix(OsFamily.LINUX, home.toString());
    install(linux);

    installer(linux)
        .uninstall(new UninstallRequest(List.of(), false, null, hostDir(), true, data.toString()));

    assertThat(data).doesNotExist();
  }

  @Test
  void install_profileDir_writesIntoItsNativeMessagingHostsFolder() throws IOException {
    Path profile = Files.createDirectories(home.resolve("custom profile"));
    InstallRequest request =
        new InstallRequest(
            List.of("chromium"),
            Fixtures.IDS,
            false,
            profile.toString(),
            hostDir(),
            launchWithCurrentJava());

    installer(Fixtures.posix(OsFamily.LINUX, home.toString())).install(request);

    assertThat(profile.resolve("NativeMessagingHosts/" + NAME)).isRegularFile();
  }

  @Test
  void install_namedBrowserNotFound_skipsWithTheFixAndCreatesNothing() {
    InstallReport report =
        installer(Fixtures.posix(OsFamily.LINUX, home.toString()))
            .install(Fixtures.install(hostDir(), launchWithCurrentJava(), "vivaldi"));

    assertThat(home.resolve(".config/vivaldi")).doesNotExist();
    assertThat(report.items())
        .filteredOn(i -> i.kind() == ItemKind.BROWSER)
        .singleElement()
        .satisfies(i -> assertThat(i.detail()).contains("start Vivaldi once"));
  }

  @Test
  void install_fromALinuxImage_launcherStartsItsRuntimeWithTheImageOptionsAndClassPath()
      throws Exception {
    Files.createDirectories(home.resolve(".config/google-chrome"));
    Path image = home.resolve("my image");
    Path launcher = executable(image.resolve("bin/interceptor"), "#!/bin/sh\nexit 99\n");
    Path seen = home.resolve("seen-args");
    executable(
        image.resolve("lib/runtime/bin/java"),
        "#!/bin/sh\nprintf '%s\\n' \"$MALLOC_TRIM_THRESHOLD_\" \"$@\" > '" + seen + "'\n");
    Files.createDirectories(image.resolve("lib/app"));
    Files.writeString(
        image.resolve("lib/app/interceptor.cfg"),
        String.join(
            "\n",
            "[Application]",
            "app.classpath=$APPDIR/interceptor-app-1.jar",
            "app.mainclass=dev.interceptor.app.Main",
            "app.classpath=$APPDIR/b*.jar",
            "",
            "[JavaOptions]",
            "java-options=-Xlog:disable",
            "java-options=-XX:SharedArchiveFile=$APPDIR/interceptor.jsa",
            "java-options=-Dorg.sqlite.lib.path=$APPDIR/native",
            ""));
    LaunchSpec spec =
        new LaunchSpec(
            List.of(System.getProperty("java.home")),
            List.of("/opt/x/lib/*"),
            Fixtures.MAIN,
            List.of(),
            launcher.toString());

    installer(Fixtures.posix(OsFamily.LINUX, home.toString()))
        .install(Fixtures.install(hostDir(), spec));
    Process run =
        new ProcessBuilder(
                home.resolve("app/interceptor-host").toString(),
                "chrome-extension://" + CHROME_ID + "/")
            .redirectErrorStream(true)
            .start();
    run.getOutputStream().close();

    String app = image.resolve("lib/app").toString();
    assertThat(run.waitFor()).isZero();
    assertThat(Files.readAllLines(seen))
        .containsExactly(
            "4194304",
            "-Xlog:disable",
            "-XX:SharedArchiveFile=" + app + "/interceptor.jsa",
            "-Dorg.sqlite.lib.path=" + app + "/native",
            "-cp",
            app + "/interceptor-app-1.jar:" + app + "/b*.jar",
            "dev.interceptor.app.Main",
            "host",
            "chrome-extension://" + CHROME_ID + "/");
  }

  @Test
  void install_fromALinuxImage_launcherKeepsTheUsersMallocTrimThreshold() throws Exception {
    Files.createDirectories(home.resolve(".config/google-chrome"));
    Path image = home.resolve("image");
    Path launcher = executable(image.resolve("bin/interceptor"), "#!/bin/sh\nexit 99\n");
    Path seen = home.resolve("seen-threshold");
    executable(
        image.resolve("lib/runtime/bin/java"),
        "#!/bin/sh\nprintf '%s' \"$MALLOC_TRIM_THRESHOLD_\" > '" + seen + "'\n");
    Files.createDirectories(image.resolve("lib/app"));
    Files.writeString(
        image.resolve("lib/app/interceptor.cfg"),
        "[Application]\napp.classpath=$APPDIR/a.jar\napp.mainclass=dev.interceptor.app.Main\n");
    LaunchSpec spec =
        new LaunchSpec(
            List.of(System.getProperty("java.home")),
            List.of("/opt/x/lib/*"),
            Fixtures.MAIN,
            List.of(),
            launcher.toString());
    installer(Fixtures.posix(OsFamily.LINUX, home.toString()))
        .install(Fixtures.install(hostDir(), spec));

    ProcessBuilder builder =
        new ProcessBuilder(
            home.resolve("app/interceptor-host").toString(),
            "chrome-extension://" + CHROME_ID + "/");
    builder.environment().put("MALLOC_TRIM_THRESHOLD_", "1048576");
    Process run = builder.redirectErrorStream(true).start();
    run.getOutputStream().close();

    assertThat(run.waitFor()).isZero();
    assertThat(Files.readString(seen)).isEqualTo("1048576");
  }

  private static Path executable(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    assertThat(file.toFile().setExecutable(true)).isTrue();
    return file;
  }

  @Test
  void install_imageLauncherGone_launcherStartsJavaWithTheFastStartOptions() throws IOException {
    Files.createDirectories(home.resolve(".config/google-chrome"));
    LaunchSpec spec =
        new LaunchSpec(
            List.of(System.getProperty("java.home")),
            List.of("/opt/x/lib/*"),
            Fixtures.MAIN,
            List.of(),
            home.resolve("image/bin/interceptor").toString());

    installer(Fixtures.posix(OsFamily.LINUX, home.toString()))
        .install(Fixtures.install(hostDir(), spec));

    assertThat(read(home.resolve("app/interceptor-host")))
        .contains("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.home"));
  }

  private InstallReport install(HostEnvironment environment) {
    return installer(environment).install(Fixtures.install(hostDir(), launchWithCurrentJava()));
  }

  private HostInstaller installer(HostEnvironment environment) {
    return new HostInstaller(environment, files, RegistryPort.none(), Browsers.defaults());
  }

  private String hostDir() {
    return home.resolve("app").toString();
  }

  private static LaunchSpec launchWithCurrentJava() {
    return new LaunchSpec(
        List.of(System.getProperty("java.home")),
        List.of("/opt/x/lib/*"),
        Fixtures.MAIN,
        List.of());
  }

  private Set<String> manifests() throws IOException {
    Set<String> found = new TreeSet<>();
    for (String path : tree()) {
      if (path.endsWith(NAME)) {
        found.add(path);
      }
    }
    return found;
  }

  private Set<String> tree() throws IOException {
    try (Stream<Path> walk = Files.walk(home)) {
      Set<String> all = new TreeSet<>();
      walk.filter(p -> !p.equals(home))
          .forEach(
              p ->
                  all.add(
                      home.relativize(p)
                          + (Files.isDirectory(p) ? "/" : "")
                          + (Files.isRegularFile(p) ? " " + size(p) : "")));
      return all.stream()
          .map(s -> s.replaceAll(" \\d+$", ""))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
