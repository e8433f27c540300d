package dev.interceptor.core.model.routing;

/** Where captured requests go: History (the default) or a named collection. */
public sealed interface CaptureTarget {

  CaptureTarget HISTORY = new History();

  /** The rolling history, newest first, trimmed to the retention limit. */
  record History() implements CaptureTarget {}

  /** A named collection whose requests are arranged in folders by {@code organize}. */
  record Collection(String name, Organize organize) implements CaptureTarget {

    public Collection {
      if (name.isBlank()) {
        throw new IllegalArgumentException("collection name must not be blank");
      }
      name = name.strip();
    }
  }
}
