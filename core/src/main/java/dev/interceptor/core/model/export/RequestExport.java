package dev.interceptor.core.model.export;

/**
 * What to export: a title (the collection's name, or "History"), the requests in order, read lazily
 * so that large exports stream, and whether secrets are kept.
 */
public record RequestExport(
    String title, Iterable<ExportedRequest> requests, boolean includeSecrets) {}
