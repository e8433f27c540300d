package dev.interceptor.core.model.cookie;

import java.util.Optional;

/**
 * What makes two cookies the same cookie: name, domain (normalised), host-only flag, path, cookie
 * store, and partition key. A partitioned cookie is never merged with an unpartitioned one.
 */
public record CookieIdentity(
    String name,
    String domain,
    boolean hostOnly,
    String path,
    String storeId,
    Optional<String> partitionKey) {}
