package dev.interceptor.core.model.routing;

import java.util.List;

/** A folder inside a collection, as its names from the top; empty means the collection root. */
public record FolderPath(List<String> segments) {

  public static final FolderPath ROOT = new FolderPath(List.of());

  public FolderPath {
    segments = List.copyOf(segments);
    for (String s : segments) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("folder names must not be empty: " + segments);
      }
    }
  }

  public static FolderPath of(String... segments) {
    return new FolderPath(List.of(segments));
  }

  /** The folders joined with {@code /}, for display. */
  public String display() {
    return String.join("/", segments);
  }
}
