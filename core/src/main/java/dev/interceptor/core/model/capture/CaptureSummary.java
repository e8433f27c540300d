package dev.interceptor.core.model.capture;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a History or collection listing: no headers, no body. */
public record CaptureSummary(
    String id,
    Instant time,
    String method,
    String url,
    String host,
    @Nullable Integer status,
    long bodySize,
    ResourceType resourceType) {}
