package dev.interceptor.adapter.installer;

import java.util.Optional;

/**
 * The file operations the installer and the doctor need, on paths in the target system's own form.
 * Every method throws {@link InstallerException} when the operation fails.
 */
public interface FileSystemPort {

  /** The machine's real file system. */
  static FileSystemPort local() {
    return new NioFileSystem();
  }

  /** Whether anything (file or folder) exists at the path; false when it cannot be checked. */
  boolean exists(String path);

  /** Whether the path is an existing folder. */
  boolean isDirectory(String path);

  /** Whether the path is an existing regular file that the current user may execute. */
  boolean isExecutable(String path);

  /** The file's bytes, empty when there is no such file. */
  Optional<byte[]> read(String path);

  /**
   * Replaces the file's content in one step (readers never see half a file). Mode 0755 when
   * executable, else 0644, where the system has POSIX modes. The parent folder must exist.
   */
  void write(String path, byte[] content, boolean executable);

  /** Creates the folder and any missing parents; nothing happens when it exists. */
  void createDirectories(String path);

  /** Deletes a file or an empty folder; returns whether something was deleted. */
  boolean delete(String path);

  /** Whether the path is a folder with no entries. */
  boolean isEmptyDirectory(String path);

  /** Deletes a folder and everything in it; returns whether it existed. */
  boolean deleteTree(String path);
}
