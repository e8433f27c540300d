package dev.interceptor.adapter.installer;

import java.util.List;
import java.util.Map;

/** Shared inputs of the installer tests, named as in the shared cases. */
final class Fixtures {

  static final String CHROME_ID = "abcdefghijklmnopabcdefghijklmnop";
  static final String FIREFOX_ID = "bridge@example.com";
  static final List<String> IDS = List.of(CHROME_ID, FIREFOX_ID);
  static final String MAIN = "dev.interceptor.app.Main";

  private Fixtures() {}

  static HostEnvironment windows(String user) {
    String home = "C:\\Users\\" + user;
    return new HostEnvironment(
        OsFamily.WINDOWS,
        home,
        Map.of(
            "LOCALAPPDATA", home + "\\AppData\\Local",
            "APPDATA", home + "\\AppData\\Roaming",
            "USERPROFILE", home),
        false);
  }

  static HostEnvironment posix(OsFamily os, String home) {
    return new HostEnvironment(os, home, Map.of(), false);
  }

  static String windowsHostDir(HostEnvironment environment) {
    return environment.home() + "\\AppData\\Local\\Interceptor";
  }

  /** A launch spec with a bundled runtime and lib folder inside the host folder. */
  static LaunchSpec bundled(OsFamily os, String hostDir) {
    return new LaunchSpec(
        List.of(os.join(hostDir, "runtime")),
        List.of(os.join(hostDir, "lib", "*")),
        MAIN,
        List.of());
  }

  /** Puts the bundled runtime's java into the file system. */
  static void addRuntime(InMemoryFileSystem files, OsFamily os, String hostDir) {
    files.put(LauncherScript.javaIn(os, os.join(hostDir, "runtime")), "binary", true);
  }

  static InstallRequest install(String hostDir, LaunchSpec launch, String... browsers) {
    return new InstallRequest(List.of(browsers), IDS, false, null, hostDir, launch);
  }

  static UninstallRequest uninstall(String hostDir, String... browsers) {
    return new UninstallRequest(List.of(browsers), false, null, hostDir, false, null);
  }
}
