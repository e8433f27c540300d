package dev.interceptor.core.model.capture;

/** One decoded field of a URL-encoded or multipart form, in the order the browser gave it. */
public record FormField(String name, String value) {}
