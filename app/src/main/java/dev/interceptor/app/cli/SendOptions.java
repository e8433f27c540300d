package dev.interceptor.app.cli;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How {@code replay} and {@code send} send, save and print a request. */
record SendOptions(
    boolean noCookies,
    @Nullable String cookieStore,
    boolean follow,
    boolean save,
    Duration timeout,
    boolean includeSecrets,
    boolean json) {}
