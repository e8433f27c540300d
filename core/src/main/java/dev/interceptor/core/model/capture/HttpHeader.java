package dev.interceptor.core.model.capture;

/** One header line as sent or received; names keep their case, duplicates are separate entries. */
public record HttpHeader(String name, String value) {}
