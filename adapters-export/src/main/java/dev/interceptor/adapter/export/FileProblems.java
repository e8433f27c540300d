package dev.interceptor.adapter.export;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says in a user's words why a file the user named could not be read, and what to do. */
public final class FileProblems {

  private FileProblems() {}

  /** One line naming {@code file}; never a Java exception class name. */
  public static String describe(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return file + " does not exist: check the path";
    }
    if (e instanceof AccessDeniedException) {
      return file + " cannot be read: permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return file + " is not UTF-8 text: check that it is the right file";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "could not read " + file + ": " + f.getReason();
    }
    return "could not read " + file + ": " + e.getMessage();
  }
}
