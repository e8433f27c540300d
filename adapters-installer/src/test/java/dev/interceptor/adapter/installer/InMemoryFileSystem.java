package dev.interceptor.adapter.installer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A file system in memory, for any system's path form; folders must exist before files. */
final class InMemoryFileSystem implements FileSystemPort {

  private final OsFamily os;
  private final Set<String> folders = new TreeSet<>();
  private final Map<String, byte[]> contents = new TreeMap<>();
  private final Set<String> executables = new TreeSet<>();

  InMemoryFileSystem(OsFamily os) {
    this.os = os;
  }

  /** Every folder and file, folders with a trailing separator, for before/after comparisons. */
  Set<String> snapshot() {
    Set<String> all = new TreeSet<>(contents.keySet());
    folders.forEach(folder -> all.add(folder + os.separator()));
    return all;
  }

  String text(String path) {
    return new String(contents.get(path), java.nio.charset.StandardCharsets.UTF_8);
  }

  void put(String path, String content, boolean executable) {
    createDirectories(os.parent(path));
    write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), executable);
  }

  @Override
  public boolean exists(String path) {
    return folders.contains(path) || contents.containsKey(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return folders.contains(path);
  }

  @Override
  public boolean isExecutable(String path) {
    return executables.contains(path);
  }

  @Override
  public Optional<byte[]> read(String path) {
    return Optional.ofNullable(contents.get(path)).map(byte[]::clone);
  }

  @Override
  public void write(String path, byte[] content, boolean executable) {
    if (!folders.contains(os.parent(path))) {
      throw new InstallerException("Cannot write " + path + ": no such folder");
    }
    contents.put(path, content.clone());
    if (executable) {
      executables.add(path);
    } else {
      executables.remove(path);
    }
  }

  @Override
  public void createDirectories(String path) {
    String current = path;
    while (!folders.contains(current)) {
      folders.add(current);
      String parent = os.parent(current);
      if (parent.equals(current)) {
        return;
      }
      current = parent;
    }
  }

  @Override
  public boolean delete(String path) {
    if (contents.remove(path) != null) {
      executables.remove(path);
      return true;
    }
    if (isEmptyDirectory(path)) {
      return folders.remove(path);
    }
    return false;
  }

  @Override
  public boolean isEmptyDirectory(String path) {
    if (!folders.contains(path)) {
      return false;
    }
    boolean hasFile = contents.keySet().stream().anyMatch(f -> os.parent(f).equals(path));
    boolean hasFolder =
        folders.stream().anyMatch(f -> !f.equals(path) && os.parent(f).equals(path));
    return !hasFile && !hasFolder;
  }

  @Override
  public boolean deleteTree(String path) {
    String prefix = path + os.separator();
    boolean existed = exists(path);
    contents.keySet().removeIf(f -> f.startsWith(prefix));
    executables.removeIf(f -> f.startsWith(prefix));
    folders.removeIf(f -> f.equals(path) || f.startsWith(prefix));
    return existed;
  }
}
