package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostLaunchTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Chromium on Linux and macOS: the caller's origin only.
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop/                         | true",
        // Chromium on Windows: origin and parent window handle.
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop/ --parent-window=0       | true",
        "--parent-window=1234 chrome-extension://abcdefghijklmnopabcdefghijklmnop/    | true",
        // Firefox: manifest path and add-on id.
        "/home/alice/.mozilla/native-messaging-hosts/com.example.bridge.json bridge@example.com"
            + " | true",
        "C:\\Users\\Alice Smith\\AppData\\Local\\ExampleBridge\\bridge.JSON {8f2c-uuid} | true",
        "host                                                                         | true",
        "host --log-level=trace                                                       | true",
        // The command line.
        "status                                                                       | false",
        "capture filter --url chrome-extension://x                                    | false",
        "import --har fixtures/a.json                                                 | false",
        "settings.json                                                                | false",
        "export.json --json                                                           | false",
        "''                                                                           | false",
      })
  void isHostMode_table(String line, boolean expected) {
    List<String> args = line.isEmpty() ? List.of() : List.of(line.split(" (?=[-/Cbch{])"));

    assertThat(HostLaunch.isHostMode(args)).isEqualTo(expected);
  }

  @Test
  void isHostMode_windowsPathWithSpaces_keptAsOneArgument() {
    List<String> args =
        List.of(
            "C:\\Users\\Alice Smith\\AppData\\Local\\ExampleBridge\\com.example.bridge.json",
            "bridge@example.com");

    assertThat(HostLaunch.isHostMode(args)).isTrue();
    assertThat(HostLaunch.parse(args).firefoxManifest()).isEqualTo(args.get(0));
  }

  @Test
  void parse_chromiumOnWindows_readsOriginAndParentWindow() {
    HostLaunch launch =
        HostLaunch.parse(
            List.of(
                "host",
                "chrome-extension://abcdefghijklmnopabcdefghijklmnop/",
                "--parent-window=0"));

    assertThat(launch)
        .isEqualTo(
            new HostLaunch(
                "chrome-extension://abcdefghijklmnopabcdefghijklmnop/", "0", null, null));
  }

  @Test
  void parse_firefox_readsManifestAndAddonId() {
    HostLaunch launch =
        HostLaunch.parse(
            List.of("/usr/lib/mozilla/native-messaging-hosts/x.json", "bridge@example.com"));

    assertThat(launch)
        .isEqualTo(
            new HostLaunch(
                null,
                null,
                "/usr/lib/mozilla/native-messaging-hosts/x.json",
                "bridge@example.com"));
  }

  @Test
  void parse_byHand_hasNoBrowserArguments() {
    assertThat(HostLaunch.parse(List.of("host", "--log-level=debug")))
        .isEqualTo(new HostLaunch(null, null, null, null));
  }

  @Test
  void asHostCommand_prependsHostOnlyOnce() {
    assertThat(HostLaunch.asHostCommand(List.of("chrome-extension://a/")))
        .containsExactly("host", "chrome-extension://a/");
    assertThat(HostLaunch.asHostCommand(List.of("host", "--log-level=trace")))
        .containsExactly("host", "--log-level=trace");
  }
}
