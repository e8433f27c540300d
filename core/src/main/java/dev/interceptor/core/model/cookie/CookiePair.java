package dev.interceptor.core.model.cookie;

/**
 * One name and value of a Cookie request header, byte for byte as sent: quotes and {@code =} are
 * part of the value. A segment without {@code =} has an empty name (see {@link
 * CookieHeader#parse}).
 */
public record CookiePair(String name, String value) {}
