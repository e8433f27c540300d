package dev.interceptor.core.model.cookie;

/** One {@code cookies.onChanged} event: the cookie, whether it was removed, and why. */
public record CookieChange(Cookie cookie, boolean removed, CookieChangeCause cause) {}
