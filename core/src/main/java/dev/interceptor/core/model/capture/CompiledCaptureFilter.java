package dev.interceptor.core.model.capture;

import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A capture filter with its patterns compiled, ready to judge many requests. Immutable and safe to
 * share between threads; RE2 matching takes time linear in the URL, so no pattern can stall
 * capture.
 */
public final class CompiledCaptureFilter {

  private final CaptureFilter filter;
  private final @Nullable Pattern include;
  private final @Nullable Pattern exclude;

  private CompiledCaptureFilter(CaptureFilter filter) {
    this.filter = filter;
    this.include = filter.include().isEmpty() ? null : Pattern.compile(filter.include());
    this.exclude = filter.exclude().isEmpty() ? null : Pattern.compile(filter.exclude());
  }

  /** Compiles a filter (already validated by its constructor). */
  public static CompiledCaptureFilter compile(CaptureFilter filter) {
    return new CompiledCaptureFilter(filter);
  }

  public CaptureFilter filter() {
    return filter;
  }

  /**
   * Why the filter leaves a request out, or empty when it keeps it. The reason names the rule
   * (pattern, method or type), never the URL's query.
   */
  public Optional<String> rejection(String url, String method, ResourceType type) {
    if (include != null && !include.matcher(url).find()) {
      return Optional.of("URL does not match the include pattern");
    }
    if (exclude != null && exclude.matcher(url).find()) {
      return Optional.of("URL matches the exclude pattern");
    }

    // Project rule (case C35): methods compare without case; the capture keeps its own spelling.
    if (!filter.methods().isEmpty()
        && !filter.methods().contains(method.toUpperCase(Locale.ROOT))) {
      return Optional.of("method " + method + " is not selected");
    }
    if (!filter.types().isEmpty() && !filter.types().contains(type)) {
      return Optional.of("resource type " + type.wireName() + " is not selected");
    }
    return Optional.empty();
  }

  /** True when the filter keeps the request. */
  public boolean accepts(CapturedRequest request) {
    return rejection(request.url(), request.method(), request.resourceType()).isEmpty();
  }
}
