package dev.interceptor.core.model.routing;

import java.time.Instant;

/** A collection as listings show it. */
public record CollectionSummary(String name, Organize organize, int items, Instant created) {}
