package dev.interceptor.core.port.in;

import dev.interceptor.core.model.cookie.CookieChange;

/** One cookie change event from the browser. */
public record ApplyCookieChangeCommand(CookieChange change) {}
