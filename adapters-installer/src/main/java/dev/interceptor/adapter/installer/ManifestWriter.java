package dev.interceptor.adapter.installer;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Writes and removes manifests and the launcher, leaving other hosts' files alone. */
final class ManifestWriter {

  // Browsers' own folder names; uninstall removes such a folder once it is left empty.
  private static final Set<String> MANIFEST_FOLDERS =
      Set.of("NativeMessagingHosts", "native-messaging-hosts");

  private final OsFamily os;
  private final FileSystemPort files;

  ManifestWriter(OsFamily os, FileSystemPort files) {
    this.os = os;
    this.files = files;
  }

  /** Writes a manifest unless it is unchanged or belongs to another host. */
  InstallItem write(String browser, String path, byte[] content) {
    try {
      Optional<String> otherHost =
          files.read(path).flatMap(ManifestCodec::nameOf).filter(n -> !n.equals(HostName.BRIDGE));
      if (otherHost.isPresent()) {
        return item(
            browser,
            path,
            ItemChange.REFUSED,
            "holds host '" + otherHost.get() + "'; left alone: remove it yourself if it is stale");
      }
      files.createDirectories(os.parent(path));
      return item(browser, path, writeIfChanged(path, content, false), "");
    } catch (InstallerException e) {
      return item(browser, path, ItemChange.FAILED, e.getMessage());
    }
  }

  /** Writes the file unless its bytes are already these; says which happened. */
  ItemChange writeIfChanged(String path, byte[] content, boolean executable) {
    Optional<byte[]> existing = files.read(path);
    if (existing.isPresent()
        && Arrays.equals(existing.get(), content)
        && (!executable || files.isExecutable(path))) {
      return ItemChange.UNCHANGED;
    }
    files.write(path, content, executable);
    return existing.isPresent() ? ItemChange.UPDATED : ItemChange.CREATED;
  }

  /** Removes our manifest (and the manifest folder it leaves empty); others' stay. */
  InstallItem remove(String browser, String path) {
    try {
      Optional<byte[]> existing = files.read(path);
      if (existing.isEmpty()) {
        return item(browser, path, ItemChange.ABSENT, "");
      }
      Optional<String> name = ManifestCodec.nameOf(existing.get());
      if (name.isEmpty() || !name.get().equals(HostName.BRIDGE)) {
        return item(browser, path, ItemChange.REFUSED, "not this host's manifest; left alone");
      }
      files.delete(path);
      String folder = os.parent(path);
      if (MANIFEST_FOLDERS.contains(os.fileName(folder)) && files.isEmptyDirectory(folder)) {
        files.delete(folder);
      }
      return item(browser, path, ItemChange.REMOVED, "");
    } catch (InstallerException e) {
      return item(browser, path, ItemChange.FAILED, e.getMessage());
    }
  }

  /** Removes the launcher if this installer wrote it. */
  InstallItem removeLauncher(String path) {
    try {
      Optional<byte[]> existing = files.read(path);
      if (existing.isEmpty()) {
        return launcherItem(path, ItemChange.ABSENT, "");
      }
      if (!LauncherScript.isOurs(existing.get())) {
        return launcherItem(path, ItemChange.REFUSED, "not written by interceptor; left alone");
      }
      files.delete(path);
      return launcherItem(path, ItemChange.REMOVED, "");
    } catch (InstallerException e) {
      return launcherItem(path, ItemChange.FAILED, e.getMessage());
    }
  }

  private static InstallItem item(String browser, String path, ItemChange change, String detail) {
    return new InstallItem(browser, ItemKind.MANIFEST, path, change, detail);
  }

  private static InstallItem launcherItem(String path, ItemChange change, String detail) {
    return new InstallItem("", ItemKind.LAUNCHER, path, change, detail);
  }
}
