package dev.interceptor.core.model.capture;

import java.util.Set;

/**
 * Which requests capture keeps.
 *
 * <p>{@code include} and {@code exclude} are RE2 regular expressions searched anywhere in the full
 * URL (a find, not a full match); an empty include matches every URL, an empty exclude none. {@code
 * methods} are upper-cased RFC 9110 tokens, compared without case; empty means every method. {@code
 * types} empty means every resource type. Build one with {@link CaptureFilters#of}, which validates
 * the patterns.
 */
public record CaptureFilter(
    String include, String exclude, Set<String> methods, Set<ResourceType> types) {

  /** The filter that keeps everything. */
  public static final CaptureFilter ALL = new CaptureFilter("", "", Set.of(), Set.of());

  public CaptureFilter {
    methods = Set.copyOf(methods);
    types = Set.copyOf(types);
  }
}
