package dev.interceptor.adapter.installer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The real file system through java.nio. */
final class NioFileSystem implements FileSystemPort {

  @Override
  public boolean exists(String path) {
    return Files.exists(Path.of(path));
  }

  @Override
  public boolean isDirectory(String path) {
    return Files.isDirectory(Path.of(path));
  }

  @Override
  public boolean isExecutable(String path) {
    Path file = Path.of(path);
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }

  @Override
  public Optional<byte[]> read(String path) {
    try {
      return Optional.of(Files.readAllBytes(Path.of(path)));
    } catch (NoSuchFileException missing) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InstallerException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(String path, byte[] content, boolean executable) {
    Path target = Path.of(path);
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.write(temp, content);
      setMode(temp, executable ? "rwxr-xr-x" : "rw-r--r--");
      move(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new InstallerException(
          "Cannot write " + path + ": " + e.getMessage() + "; check the folder's permissions", e);
    }
  }

  @Override
  public void createDirectories(String path) {
    try {
      Files.createDirectories(Path.of(path));
    } catch (IOException e) {
      throw new InstallerException("Cannot create folder " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean delete(String path) {
    try {
      return Files.deleteIfExists(Path.of(path));
    } catch (IOException e) {
      throw new InstallerException("Cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isEmptyDirectory(String path) {
    Path dir = Path.of(path);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new InstallerException("Cannot list " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean deleteTree(String path) {
    Path root = Path.of(path);
    if (!Files.exists(root)) {
      return false;
    }
    try {
      Files.walkFileTree(root, new TreeDeleter());
      return true;
    } catch (IOException e) {
      throw new InstallerException("Cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  private static void setMode(Path file, String permissions) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(PosixFilePermissions.fromString(permissions));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The write already failed; that failure is the one reported.
    }
  }

  /** Deletes files, then their folders on the way back up. */
  private static final class TreeDeleter extends SimpleFileVisitor<Path> {

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
      Files.delete(file);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
      if (failure != null) {
        throw failure;
      }
      Files.delete(dir);
      return FileVisitResult.CONTINUE;
    }
  }
}
