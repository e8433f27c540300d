package dev.interceptor.core.model.routing;

/** What happens to one captured request. */
public sealed interface RoutingDecision {

  /** Saved to History. */
  record ToHistory() implements RoutingDecision {}

  /** Saved to a collection, in a folder. */
  record ToCollection(String collection, FolderPath folder) implements RoutingDecision {}

  /** Not saved, and why (capture off, filtered out, browser-internal, the extension's own). */
  record Dropped(String reason) implements RoutingDecision {}
}
