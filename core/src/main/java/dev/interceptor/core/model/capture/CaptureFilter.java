package dev.interceptor.core.model.capture;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which requests capture keeps.
 *
 * <p>{@code include} and {@code exclude} are RE2 regular expressions searched anywhere in the full
 * URL (a find, not a full match: {@code example\.com} also finds {@code
 * https://example.com.evil.test/}; anchor with {@code ^https?://([^/]+\.)?example\.com(/|$)} to
 * mean one site); an empty include matches every URL, an empty exclude none. {@code methods} are
 * upper-cased RFC 9110 tokens, compared without case; empty means every method. {@code types} empty
 * means every resource type.
 *
 * <p>The constructor validates: an invalid pattern or method throws {@link InvalidFilterException},
 * so an invalid filter cannot exist. {@link CaptureFilters#of} builds one from user input; {@link
 * CompiledCaptureFilter} evaluates it.
 */
public record CaptureFilter(
    String include, String exclude, Set<String> methods, Set<ResourceType> types) {

  /** The filter that keeps everything. */
  public static final CaptureFilter ALL = new CaptureFilter("", "", Set.of(), Set.of());

  public CaptureFilter {
    UrlPatterns.compile("include pattern", include);
    UrlPatterns.compile("exclude pattern", exclude);
    methods = methods.stream().map(HttpMethods::normalize).collect(Collectors.toUnmodifiableSet());
    types = Set.copyOf(types);
  }
}
