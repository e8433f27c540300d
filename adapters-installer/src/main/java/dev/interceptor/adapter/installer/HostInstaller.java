package dev.interceptor.adapter.installer;

import dev.interceptor.adapter.installer.Registration.RegistryEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bridge host with browsers and removes it again: manifests, the launcher and, on
 * Windows, registry keys. Both operations are idempotent and report every item they considered.
 *
 * <p>Not thread-safe: run one install or uninstall at a time.
 */
public final class HostInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(HostInstaller.class);

  private final HostEnvironment environment;
  private final FileSystemPort files;
  private final RegistryPort registry;
  private final Registrations registrations;
  private final ManifestWriter manifests;

  /**
   * @param environment the machine and user installed for
   * @param files the file system
   * @param registry the Windows registry ({@link RegistryPort#none()} elsewhere)
   * @param catalogue the browsers known, in report order
   */
  public HostInstaller(
      HostEnvironment environment,
      FileSystemPort files,
      RegistryPort registry,
      List<BrowserDefinition> catalogue) {
    this.environment = environment;
    this.files = files;
    this.registry = registry;
    this.registrations = new Registrations(environment, files, catalogue);
    this.manifests = new ManifestWriter(environment.os(), files);
  }

  /**
   * Writes the launcher and registers it with each selected browser.
   *
   * @throws IllegalArgumentException for an unknown browser name
   */
  public InstallReport install(InstallRequest request) {
    List<String> warnings = new ArrayList<>();
    Optional<String> refusal =
        RootGuard.check(environment, request.scope(), RootGuard.Action.INSTALL, warnings);
    if (refusal.isPresent()) {
      return InstallReport.refused(refusal.get());
    }

    List<Registration> selected = registrations.select(request.scope(), false);
    if (selected.isEmpty()) {
      return InstallReport.refused(
          "No supported browser found for "
              + environment.home()
              + "; start your browser once, or name it with --browser (and --profile-dir)");
    }
    Optional<String> java = findJava(request.launch());
    if (java.isEmpty()) {
      return InstallReport.refused(
          "No Java runtime found in "
              + request.launch().runtimeCandidates()
              + "; install Java 17 or later, or reinstall Interceptor with its bundled runtime");
    }

    List<InstallItem> items = new ArrayList<>();
    String launcher = writeLauncher(request, java.get(), items);
    ExtensionIds ids = ExtensionIds.parse(request.extensionIds());
    Set<String> written = new HashSet<>();
    for (Registration registration : selected) {
      register(registration, launcher, ids, written, items, warnings);
    }
    LOG.info("Install finished: {} items, {} selected browsers", items.size(), selected.size());
    return InstallReport.of(items, warnings);
  }

  /**
   * Removes exactly what install wrote for the selected browsers; with none named, also the
   * launcher and the Windows manifests, and with purge the data folder.
   *
   * @throws IllegalArgumentException for an unknown browser name
   */
  public InstallReport uninstall(UninstallRequest request) {
    List<String> warnings = new ArrayList<>();
    Optional<String> refusal =
        RootGuard.check(environment, request.scope(), RootGuard.Action.UNINSTALL, warnings);
    if (refusal.isPresent()) {
      return InstallReport.refused(refusal.get());
    }

    List<Registration> selected = registrations.select(request.scope(), true);
    Set<String> shared = sharedWithOthers(request.scope(), selected);
    List<InstallItem> items = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Registration registration : selected) {
      unregister(registration, shared, done, items);
    }
    if (request.scope().allBrowsers()) {
      removeHostFiles(request, items);
    }
    LOG.info("Uninstall finished: {} items", items.size());
    return InstallReport.of(items, warnings);
  }

  /** The image's launcher when there is one, else the first runtime's {@code java}. */
  private Optional<String> findJava(LaunchSpec launch) {
    String image = launch.imageLauncher();
    if (image != null && files.exists(image)) {
      return Optional.of(image);
    }
    return launch.runtimeCandidates().stream()
        .map(home -> LauncherScript.javaIn(environment.os(), home))
        .filter(files::exists)
        .findFirst();
  }

  private String writeLauncher(InstallRequest request, String java, List<InstallItem> items) {
    String path =
        environment.os().join(request.hostDir(), LauncherScript.fileName(environment.os()));
    try {
      files.createDirectories(request.hostDir());
      byte[] content =
          LauncherScript.render(environment, request.hostDir(), java, request.launch());
      ItemChange change = manifests.writeIfChanged(path, content, true);
      items.add(new InstallItem("", ItemKind.LAUNCHER, path, change, "starts " + java));
    } catch (InstallerException e) {
      items.add(new InstallItem("", ItemKind.LAUNCHER, path, ItemChange.FAILED, e.getMessage()));
    }
    return path;
  }

  private void register(
      Registration registration,
      String launcher,
      ExtensionIds ids,
      Set<String> written,
      List<InstallItem> items,
      List<String> warnings) {
    BrowserDefinition browser = registration.browser();
    if (registration.isSkipped()) {
      items.add(browserItem(browser, ItemChange.SKIPPED, registration.skipReason()));
      return;
    }
    List<String> allowed = ids.forFamily(browser.family());
    if (allowed.isEmpty()) {
      items.add(
          browserItem(
              browser,
              ItemChange.SKIPPED,
              "no add-on id for this browser family; pass --extension-id with its id"));
      return;
    }
    if (!browser.caveat().isEmpty()) {
      warnings.add(browser.displayName() + ": " + browser.caveat());
    }

    byte[] manifest = ManifestCodec.render(HostName.BRIDGE, launcher, browser.family(), allowed);
    for (String file : registration.manifestFiles()) {
      if (written.add(file)) {
        items.add(manifests.write(browser.id(), file, manifest));
      }
    }
    for (RegistryEntry entry : registration.registryEntries()) {
      if (written.add(entry.manifestPath())) {
        items.add(manifests.write("", entry.manifestPath(), manifest));
      }
      if (written.add(entry.location())) {
        items.add(setKey(browser, entry));
      }
    }
  }

  private InstallItem setKey(BrowserDefinition browser, RegistryEntry entry) {
    try {
      Optional<String> current =
          registry.defaultValue(entry.hive(), entry.key(), RegistryView.BITS_64);
      if (current.isPresent() && current.get().equals(entry.manifestPath())) {
        return keyItem(browser, entry, ItemChange.UNCHANGED, "");
      }
      registry.setDefaultValue(entry.hive(), entry.key(), entry.manifestPath());
      return keyItem(
          browser,
          entry,
          current.isPresent() ? ItemChange.UPDATED : ItemChange.CREATED,
          "points at " + entry.manifestPath());
    } catch (InstallerException e) {
      return keyItem(browser, entry, ItemChange.FAILED, e.getMessage());
    }
  }

  private void unregister(
      Registration registration, Set<String> shared, Set<String> done, List<InstallItem> items) {
    BrowserDefinition browser = registration.browser();
    if (registration.isSkipped()) {
      items.add(browserItem(browser, ItemChange.SKIPPED, registration.skipReason()));
      return;
    }
    for (String location : registration.locations()) {
      if (shared.contains(location)) {
        items.add(
            new InstallItem(
                browser.id(),
                location.startsWith("HK") ? ItemKind.REGISTRY_KEY : ItemKind.MANIFEST,
                location,
                ItemChange.SKIPPED,
                "kept: another installed browser reads it too"));
      }
    }
    for (String file : registration.manifestFiles()) {
      if (!shared.contains(file) && done.add(file)) {
        items.add(manifests.remove(browser.id(), file));
      }
    }
    for (RegistryEntry entry : registration.registryEntries()) {
      if (!shared.contains(entry.location()) && done.add(entry.location())) {
        items.add(deleteKey(browser, entry));
      }
    }
  }

  private InstallItem deleteKey(BrowserDefinition browser, RegistryEntry entry) {
    try {
      boolean existed = registry.deleteKey(entry.hive(), entry.key());
      return keyItem(browser, entry, existed ? ItemChange.REMOVED : ItemChange.ABSENT, "");
    } catch (InstallerException e) {
      return keyItem(browser, entry, ItemChange.FAILED, e.getMessage());
    }
  }

  /** Locations also used by a found browser that the uninstall does not name. */
  private Set<String> sharedWithOthers(Scope scope, List<Registration> selected) {
    if (scope.allBrowsers()) {
      return Set.of();
    }
    Set<String> selectedIds = new HashSet<>();
    selected.forEach(registration -> selectedIds.add(registration.browser().id()));
    Set<String> others = new LinkedHashSet<>();
    for (Registration other : registrations.found(scope)) {
      if (!selectedIds.contains(other.browser().id())) {
        others.addAll(other.locations());
      }
    }
    return others;
  }

  private void removeHostFiles(UninstallRequest request, List<InstallItem> items) {
    OsFamily os = environment.os();
    if (os == OsFamily.WINDOWS) {
      for (BrowserFamily family : BrowserFamily.values()) {
        items.add(manifests.remove("", registrations.windowsManifest(request.hostDir(), family)));
      }
    }
    items.add(manifests.removeLauncher(os.join(request.hostDir(), LauncherScript.fileName(os))));
    String dataDir = request.dataDir();
    if (request.purge() && dataDir != null) {
      try {
        boolean existed = files.deleteTree(dataDir);
        items.add(
            new InstallItem(
                "", ItemKind.DATA, dataDir, existed ? ItemChange.REMOVED : ItemChange.ABSENT, ""));
      } catch (InstallerException e) {
        items.add(new InstallItem("", ItemKind.DATA, dataDir, ItemChange.FAILED, e.getMessage()));
      }
    }
  }

  private InstallItem browserItem(BrowserDefinition browser, ItemChange change, String detail) {
    return new InstallItem(browser.id(), ItemKind.BROWSER, browser.displayName(), change, detail);
  }

  private static InstallItem keyItem(
      BrowserDefinition browser, RegistryEntry entry, ItemChange change, String detail) {
    return new InstallItem(browser.id(), ItemKind.REGISTRY_KEY, entry.location(), change, detail);
  }
}
