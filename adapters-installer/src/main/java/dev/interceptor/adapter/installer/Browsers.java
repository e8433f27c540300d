package dev.interceptor.adapter.installer;

import static dev.interceptor.adapter.installer.BrowserFamily.CHROMIUM;
import static dev.interceptor.adapter.installer.BrowserFamily.FIREFOX;
import static dev.interceptor.adapter.installer.BrowserLayout.files;
import static dev.interceptor.adapter.installer.BrowserLayout.registry;
import static dev.interceptor.adapter.installer.OsFamily.LINUX;
import static dev.interceptor.adapter.installer.OsFamily.MACOS;
import static dev.interceptor.adapter.installer.OsFamily.WINDOWS;

import java.util.List;
import java.util.Map;

/**
 * The browsers the installer knows, one constant each; docs/browsers.md gives the source of every
 * location. {@link #defaults()} lists them all for applications that do not register their own.
 */
public final class Browsers {

  private static final String MAC = "~/Library/Application Support/";
  private static final String LOCAL = "%LOCALAPPDATA%/";
  private static final String CHROME_KEY = "Software\\Google\\Chrome\\NativeMessagingHosts";
  private static final String CHROME_POLICY = "SOFTWARE\\Policies\\Google\\Chrome";
  private static final String MOZILLA_KEY = "Software\\Mozilla\\NativeMessagingHosts";
  private static final String CHROME_SYSTEM_LINUX = "/etc/opt/chrome/native-messaging-hosts";
  private static final String CHROME_SYSTEM_MAC = "/Library/Google/Chrome/NativeMessagingHosts";
  private static final String FLATPAK_CAVEAT =
      "Flatpak browsers start the host inside their sandbox, which may not see the host's Java"
          + " runtime; if the doctor's round trip fails, use a non-Flatpak build of the browser";

  public static final BrowserDefinition CHROME =
      BrowserDefinition.of(
          "chrome",
          "Google Chrome",
          CHROMIUM,
          Map.of(
              LINUX,
                  files(
                      "~/.config/google-chrome",
                      "~/.config/google-chrome/NativeMessagingHosts",
                      CHROME_SYSTEM_LINUX),
              MACOS,
                  files(
                      MAC + "Google/Chrome",
                      MAC + "Google/Chrome/NativeMessagingHosts",
                      CHROME_SYSTEM_MAC),
              WINDOWS, registry(LOCAL + "Google/Chrome/User Data", CHROME_POLICY, CHROME_KEY)));

  public static final BrowserDefinition CHROME_BETA =
      chromeChannel("chrome-beta", "Google Chrome Beta", "google-chrome-beta", "Chrome Beta")
          .withWindowsDir("Chrome Beta");

  public static final BrowserDefinition CHROME_DEV =
      chromeChannel("chrome-dev", "Google Chrome Dev", "google-chrome-unstable", "Chrome Dev")
          .withWindowsDir("Chrome Dev")
          .alsoNamed("chrome-unstable");

  public static final BrowserDefinition CHROME_CANARY =
      chromeChannel(
              "chrome-canary", "Google Chrome Canary", "google-chrome-canary", "Chrome Canary")
          .withWindowsDir("Chrome SxS");

  public static final BrowserDefinition CHROMIUM_BROWSER =
      BrowserDefinition.of(
          "chromium",
          "Chromium",
          CHROMIUM,
          Map.of(
              LINUX,
                  files(
                      "~/.config/chromium",
                      "~/.config/chromium/NativeMessagingHosts",
                      "/etc/chromium/native-messaging-hosts"),
              MACOS,
                  files(
                      MAC + "Chromium",
                      MAC + "Chromium/NativeMessagingHosts",
                      "/Library/Application Support/Chromium/NativeMessagingHosts"),
              WINDOWS,
                  registry(
                      LOCAL + "Chromium/User Data",
                      "SOFTWARE\\Policies\\Chromium",
                      "Software\\Chromium\\NativeMessagingHosts")));

  public static final BrowserDefinition EDGE =
      BrowserDefinition.of(
              "edge",
              "Microsoft Edge",
              CHROMIUM,
              Map.of(
                  LINUX,
                      files(
                          "~/.config/microsoft-edge",
                          "~/.config/microsoft-edge/NativeMessagingHosts",
                          "/etc/opt/edge/native-messaging-hosts"),
                  MACOS,
                      files(
                          MAC + "Microsoft Edge",
                          MAC + "Microsoft Edge/NativeMessagingHosts",
                          "/Library/Microsoft/Edge/NativeMessagingHosts"),
                  WINDOWS,
                      registry(
                          LOCAL + "Microsoft/Edge/User Data",
                          "SOFTWARE\\Policies\\Microsoft\\Edge",
                          "Software\\Microsoft\\Edge\\NativeMessagingHosts")))
          .alsoNamed("microsoft-edge")
          .unverified("system-wide folders on Linux and macOS");

  public static final BrowserDefinition BRAVE =
      BrowserDefinition.of(
              "brave",
              "Brave",
              CHROMIUM,
              Map.of(
                  LINUX,
                      files(
                          "~/.config/BraveSoftware/Brave-Browser",
                          "~/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
                          "/etc/opt/brave/native-messaging-hosts"),
                  MACOS,
                      files(
                          MAC + "BraveSoftware/Brave-Browser",
                          MAC + "BraveSoftware/Brave-Browser/NativeMessagingHosts",
                          "/Library/Application Support/BraveSoftware/Brave-Browser/"
                              + "NativeMessagingHosts"),
                  WINDOWS,
                      registry(
                          LOCAL + "BraveSoftware/Brave-Browser/User Data",
                          "SOFTWARE\\Policies\\BraveSoftware\\Brave",
                          "Software\\BraveSoftware\\Brave-Browser\\NativeMessagingHosts",
                          CHROME_KEY)))
          .unverified("Windows: which of Brave's and Chrome's keys is read, so both are written");

  public static final BrowserDefinition VIVALDI =
      BrowserDefinition.of(
              "vivaldi",
              "Vivaldi",
              CHROMIUM,
              Map.of(
                  LINUX,
                      files(
                          "~/.config/vivaldi",
                          "~/.config/vivaldi/NativeMessagingHosts",
                          "/etc/opt/vivaldi/native-messaging-hosts"),
                  MACOS,
                      files(
                          MAC + "Vivaldi",
                          MAC + "Vivaldi/NativeMessagingHosts",
                          "/Library/Application Support/Vivaldi/NativeMessagingHosts"),
                  WINDOWS,
                      registry(
                          LOCAL + "Vivaldi/User Data",
                          "",
                          "Software\\Vivaldi\\NativeMessagingHosts",
                          CHROME_KEY)))
          .unverified("Windows: which of Vivaldi's and Chrome's keys is read, so both are written");

  public static final BrowserDefinition OPERA =
      BrowserDefinition.of(
              "opera",
              "Opera",
              CHROMIUM,
              Map.of(
                  LINUX,
                      files("~/.config/opera", "~/.config/opera/NativeMessagingHosts")
                          .detectedBy("~/.config/opera"),
                  MACOS,
                      files(
                          MAC + "com.operasoftware.Opera",
                          MAC + "com.operasoftware.Opera/NativeMessagingHosts"),
                  WINDOWS, registry("%APPDATA%/Opera Software/Opera Stable", "", CHROME_KEY)))
          .unverified(
              "every location: no primary source; Windows relies on Opera reading Chrome's key");

  public static final BrowserDefinition FIREFOX_BROWSER =
      BrowserDefinition.of(
          "firefox",
          "Mozilla Firefox",
          FIREFOX,
          Map.of(
              LINUX,
                  files(
                      "~/.mozilla/firefox",
                      "~/.mozilla/native-messaging-hosts",
                      "/usr/lib64/mozilla/native-messaging-hosts",
                      "/usr/lib/mozilla/native-messaging-hosts"),
              MACOS,
                  files(
                      MAC + "Firefox",
                      MAC + "Mozilla/NativeMessagingHosts",
                      "/Library/Application Support/Mozilla/NativeMessagingHosts"),
              WINDOWS, registry("%APPDATA%/Mozilla/Firefox", "", MOZILLA_KEY)));

  public static final BrowserDefinition LIBREWOLF =
      BrowserDefinition.of(
              "librewolf",
              "LibreWolf",
              FIREFOX,
              Map.of(
                  LINUX, files("~/.librewolf", "~/.librewolf/native-messaging-hosts"),
                  MACOS, files(MAC + "librewolf", MAC + "LibreWolf/NativeMessagingHosts"),
                  WINDOWS, registry("%APPDATA%/librewolf", "", MOZILLA_KEY)))
          .unverified("macOS folder names");

  public static final BrowserDefinition TOR_BROWSER =
      BrowserDefinition.of(
              "tor-browser",
              "Tor Browser",
              FIREFOX,
              Map.of(
                  LINUX,
                      files(
                          "~/.local/share/torbrowser/tbb/x86_64/tor-browser/Browser",
                          "~/.local/share/torbrowser/tbb/x86_64/tor-browser/Browser/TorBrowser/"
                              + "Data/Browser/.mozilla/native-messaging-hosts"),
                  MACOS,
                      files(
                          MAC + "TorBrowser-Data",
                          MAC + "TorBrowser-Data/Browser/Mozilla/NativeMessagingHosts"),
                  WINDOWS, registry("~/Desktop/Tor Browser", "", MOZILLA_KEY)))
          .alsoNamed("tor", "torbrowser")
          .withCaveat(
              "Tor Browser lives wherever its bundle was unpacked; for another place pass"
                  + " --profile-dir <bundle>/Browser/TorBrowser/Data/Browser/.mozilla")
          .unverified("Linux and Windows default bundle folders");

  public static final BrowserDefinition CHROME_FLATPAK =
      flatpak("chrome-flatpak", "Google Chrome (Flatpak)", "com.google.Chrome", "google-chrome");

  public static final BrowserDefinition CHROMIUM_FLATPAK =
      flatpak("chromium-flatpak", "Chromium (Flatpak)", "org.chromium.Chromium", "chromium");

  public static final BrowserDefinition EDGE_FLATPAK =
      flatpak("edge-flatpak", "Microsoft Edge (Flatpak)", "com.microsoft.Edge", "microsoft-edge");

  public static final BrowserDefinition BRAVE_FLATPAK =
      flatpak(
              "brave-flatpak",
              "Brave (Flatpak)",
              "com.brave.Browser",
              "BraveSoftware/Brave-Browser")
          .unverified("the Flatpak folder");

  public static final BrowserDefinition FIREFOX_FLATPAK =
      BrowserDefinition.of(
              "firefox-flatpak",
              "Mozilla Firefox (Flatpak)",
              FIREFOX,
              Map.of(
                  LINUX,
                  files(
                      "~/.var/app/org.mozilla.firefox/.mozilla",
                      "~/.var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts")))
          .withCaveat(FLATPAK_CAVEAT);

  public static final BrowserDefinition CHROMIUM_SNAP =
      BrowserDefinition.of(
              "chromium-snap",
              "Chromium (Snap)",
              CHROMIUM,
              Map.of(
                  LINUX,
                  files("~/snap/chromium", "~/snap/chromium/common/chromium/NativeMessagingHosts")
                      .detectedBy("~/snap/chromium", "/snap/bin/chromium")))
          .unsupported(
              "Snap confinement does not let Chromium start programs outside its sandbox;"
                  + " install Chromium from your distribution's packages or Flatpak, or use"
                  + " Google Chrome");

  public static final BrowserDefinition FIREFOX_SNAP =
      BrowserDefinition.of(
              "firefox-snap",
              "Mozilla Firefox (Snap)",
              FIREFOX,
              Map.of(
                  LINUX,
                  files("~/snap/firefox", "~/snap/firefox/common/.mozilla/native-messaging-hosts")
                      .detectedBy("~/snap/firefox", "/snap/bin/firefox")))
          .unsupported(
              "Snap confinement does not let Firefox start programs outside its sandbox;"
                  + " install Firefox from Mozilla's .deb/.tar.bz2 packages")
          .unverified("newer snap builds may start hosts through the desktop portal");

  private Browsers() {}

  /** Every browser above, in the order reports list them. */
  public static List<BrowserDefinition> defaults() {
    return List.of(
        CHROME,
        CHROME_BETA,
        CHROME_DEV,
        CHROME_CANARY,
        CHROMIUM_BROWSER,
        EDGE,
        BRAVE,
        VIVALDI,
        OPERA,
        FIREFOX_BROWSER,
        LIBREWOLF,
        TOR_BROWSER,
        CHROME_FLATPAK,
        CHROMIUM_FLATPAK,
        EDGE_FLATPAK,
        BRAVE_FLATPAK,
        FIREFOX_FLATPAK,
        CHROMIUM_SNAP,
        FIREFOX_SNAP);
  }

  private static ChannelBuilder chromeChannel(
      String id, String displayName, String linuxDir, String macDir) {
    return new ChannelBuilder(id, displayName, linuxDir, macDir);
  }

  private static BrowserDefinition flatpak(
      String id, String displayName, String appId, String configDir) {
    String base = "~/.var/app/" + appId + "/config/" + configDir;
    return BrowserDefinition.of(
            id, displayName, CHROMIUM, Map.of(LINUX, files(base, base + "/NativeMessagingHosts")))
        .withCaveat(FLATPAK_CAVEAT);
  }

  /** Chrome's channels share Chrome's system folders and registry key, each with its own data. */
  private record ChannelBuilder(String id, String displayName, String linuxDir, String macDir) {

    BrowserDefinition withWindowsDir(String windowsDir) {
      return BrowserDefinition.of(
              id,
              displayName,
              CHROMIUM,
              Map.of(
                  LINUX,
                      files(
                          "~/.config/" + linuxDir,
                          "~/.config/" + linuxDir + "/NativeMessagingHosts",
                          CHROME_SYSTEM_LINUX),
                  MACOS,
                      files(
                          MAC + "Google/" + macDir,
                          MAC + "Google/" + macDir + "/NativeMessagingHosts",
                          CHROME_SYSTEM_MAC),
                  WINDOWS,
                      registry(
                          LOCAL + "Google/" + windowsDir + "/User Data",
                          CHROME_POLICY,
                          CHROME_KEY)))
          .unverified("that channels read Chrome's system folder and registry key");
    }
  }
}
