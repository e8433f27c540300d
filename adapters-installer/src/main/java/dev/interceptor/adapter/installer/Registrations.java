package dev.interceptor.adapter.installer;

import dev.interceptor.adapter.installer.Registration.RegistryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Decides, per browser, where the host's registration lives in a given scope. */
final class Registrations {

  private final HostEnvironment environment;
  private final FileSystemPort files;
  private final PathResolver paths;
  private final List<BrowserDefinition> catalogue;

  Registrations(
      HostEnvironment environment, FileSystemPort files, List<BrowserDefinition> catalogue) {
    this.environment = environment;
    this.files = files;
    this.paths = new PathResolver(environment);
    this.catalogue = List.copyOf(catalogue);
  }

  /**
   * The registrations of the browsers the scope names, or with none named, of every browser this
   * system has: only those found for install, all of them for removal.
   *
   * @throws IllegalArgumentException for a browser name the catalogue does not know
   */
  List<Registration> select(Scope scope, boolean forRemoval) {
    if (!scope.allBrowsers()) {
      List<Registration> named = new ArrayList<>();
      for (String name : scope.browsers()) {
        named.add(resolve(byName(name), scope, true, forRemoval));
      }
      return named;
    }
    List<Registration> all = new ArrayList<>();
    for (BrowserDefinition browser : catalogue) {
      if (browser.layout(environment.os()).isEmpty()) {
        continue;
      }
      Registration registration = resolve(browser, scope, false, forRemoval);
      if (forRemoval ? browser.supported() : registration.found()) {
        all.add(registration);
      }
    }
    return all;
  }

  /** Every catalogue browser found on this machine, for the doctor and for shared locations. */
  List<Registration> found(Scope scope) {
    return select(new Scope(List.of(), scope.system(), null, scope.hostDir()), false);
  }

  BrowserDefinition byName(String name) {
    return catalogue.stream()
        .filter(browser -> browser.answersTo(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "browsers: unknown browser '"
                        + name
                        + "'; known: "
                        + catalogue.stream()
                            .map(BrowserDefinition::id)
                            .collect(Collectors.joining(", "))));
  }

  /** The manifest file a Windows install writes for a browser family. */
  String windowsManifest(String hostDir, BrowserFamily family) {
    return OsFamily.WINDOWS.join(hostDir, HostName.BRIDGE + "." + family.fileTag() + ".json");
  }

  private Registration resolve(
      BrowserDefinition browser, Scope scope, boolean named, boolean forRemoval) {
    OsFamily os = environment.os();
    BrowserLayout layout = browser.layout(os).orElse(null);
    if (layout == null) {
      return Registration.skipped(
          browser, false, browser.displayName() + " has no " + os + " build");
    }
    boolean detected = layout.detectDirs().stream().map(paths::resolve).anyMatch(files::exists);
    if (!browser.supported()) {
      return Registration.skipped(browser, detected, "unsupported: " + browser.unsupportedReason());
    }
    if (scope.profileDir() != null) {
      return inProfileDir(browser, layout, scope.profileDir());
    }
    Registration registration =
        os == OsFamily.WINDOWS
            ? windows(browser, layout, scope, detected)
            : scope.system() ? system(browser, layout, detected) : user(browser, layout, detected);
    if (named && !forRemoval && !registration.found() && !registration.isSkipped()) {
      return Registration.skipped(
          browser,
          false,
          "not found: "
              + paths.resolve(layout.detectDirs().get(0))
              + " does not exist; start "
              + browser.displayName()
              + " once, or give its folder with --profile-dir");
    }
    return registration;
  }

  private Registration inProfileDir(
      BrowserDefinition browser, BrowserLayout layout, String profileDir) {
    OsFamily os = environment.os();
    if (os == OsFamily.WINDOWS) {
      return Registration.skipped(
          browser,
          true,
          "--profile-dir is not used on Windows: browsers there find hosts through the registry"
              + " only; install without it");
    }
    // The profile folder holds the host-manifest folder, as the user data folder does.
    String folder =
        layout.userManifestDir().isEmpty()
            ? "NativeMessagingHosts"
            : os.fileName(paths.resolve(layout.userManifestDir()));
    String manifest = os.join(profileDir, folder, HostName.BRIDGE + ".json");
    return new Registration(browser, true, "", List.of(manifest), List.of());
  }

  private Registration windows(
      BrowserDefinition browser, BrowserLayout layout, Scope scope, boolean detected) {
    RegistryHive hive = scope.system() ? RegistryHive.HKLM : RegistryHive.HKCU;
    String manifest = windowsManifest(scope.hostDir(), browser.family());
    List<RegistryEntry> entries =
        layout.registryKeys().stream()
            .map(key -> new RegistryEntry(hive, key + "\\" + HostName.BRIDGE, manifest))
            .toList();
    return new Registration(browser, detected, "", List.of(), entries);
  }

  private Registration system(BrowserDefinition browser, BrowserLayout layout, boolean detected) {
    OsFamily os = environment.os();
    List<String> dirs = layout.systemManifestDirs().stream().map(paths::resolve).toList();
    if (dirs.isEmpty()) {
      return Registration.skipped(
          browser,
          detected,
          "no machine-wide folder is known for "
              + browser.displayName()
              + " on "
              + os
              + "; install without --system");
    }
    String dir =
        dirs.stream()
            .filter(candidate -> files.isDirectory(os.parent(candidate)))
            .findFirst()
            .orElse(dirs.get(dirs.size() - 1));
    boolean found = detected || files.isDirectory(os.parent(dir));
    return new Registration(
        browser, found, "", List.of(os.join(dir, HostName.BRIDGE + ".json")), List.of());
  }

  private Registration user(BrowserDefinition browser, BrowserLayout layout, boolean detected) {
    OsFamily os = environment.os();
    if (layout.userManifestDir().isEmpty()) {
      return Registration.skipped(
          browser, detected, "no per-user folder is known; install with --system");
    }
    String manifest = os.join(paths.resolve(layout.userManifestDir()), HostName.BRIDGE + ".json");
    return new Registration(browser, detected, "", List.of(manifest), List.of());
  }
}
