package dev.interceptor.core.model.routing;

import dev.interceptor.core.model.capture.CaptureSummary;

/** A request in a collection and the folder it sits in. */
public record CollectionItem(FolderPath folder, CaptureSummary capture) {}
