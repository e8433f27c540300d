package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says in a user's words why a file the user named could not be read, and what to do. */
public final class FileProblems {

  private FileProblems() {}

  /**
   * One line naming a HAR file that could not be read, for {@code import} and {@code simulate}
   * alike: a JSON syntax error is given by line, column and what was open, without the parser's own
   * wording.
   */
  public static String describeHar(Path file, IOException e) {
    if (e instanceof JsonProcessingException json) {
      return file + " is not a HAR file: " + notJson(json);
    }
    return describe(file, e);
  }

  /** "not valid JSON at line L, column C (why)". */
  static String notJson(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "not valid JSON" + where + " (" + why(e) + ")";
  }

  private static String why(JsonProcessingException e) {
    JsonStreamContext open =
        e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
    // Between an array's entries the parser reports the end as a plain parse error.
    if (e instanceof JsonEOFException
        || e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
      JsonToken token = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
      if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
        return "the file ends inside a string";
      }
      if (open != null && open.inArray()) {
        return "the file ends inside an array";
      }
      if (open != null && open.inObject()) {
        return "the file ends inside an object";
      }
      return "the file ends too early";
    }
    if (open != null && open.inRoot()) {
      return "the file does not start with JSON";
    }
    return "unexpected text there";
  }

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
    if (Files.isDirectory(file)) {
      return file + " is a folder: give a file's path";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "could not read " + file + ": " + f.getReason();
    }
    return "could not read " + file + ": " + e.getMessage();
  }
}
