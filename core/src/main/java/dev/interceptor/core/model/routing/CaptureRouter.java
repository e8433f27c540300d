package dev.interceptor.core.model.routing;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CompiledCaptureFilter;
import dev.interceptor.core.model.capture.RequestUrl;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Decides what becomes of a captured request: History, a collection folder, or dropped with a
 * reason.
 *
 * <p>Order of rules: capture off drops everything; browser-internal schemes, non-web URLs and the
 * extension's own traffic are always dropped; then the filter; then the target. The last filter
 * used is kept compiled, so routing a stream of captures under one filter compiles it once. Safe to
 * share between threads.
 */
public final class CaptureRouter {

  private final AtomicReference<@Nullable CompiledCaptureFilter> lastFilter =
      new AtomicReference<>();

  /**
   * Routes one request.
   *
   * @param extensionOrigin the origin of the extension that sent it ({@code chrome-extension://id/}
   *     or {@code moz-extension://uuid/}); its own traffic is dropped
   */
  public RoutingDecision route(
      CapturedRequest request, CaptureSettings settings, String extensionOrigin) {
    if (!settings.enabled()) {
      return new RoutingDecision.Dropped("capture is off");
    }
    Optional<String> never = NeverCaptured.reason(request, extensionOrigin);
    if (never.isPresent()) {
      return new RoutingDecision.Dropped(never.get());
    }

    Optional<String> rejection =
        compiled(settings.filter())
            .rejection(request.url(), request.method(), request.resourceType());
    if (rejection.isPresent()) {
      return new RoutingDecision.Dropped(rejection.get());
    }

    CaptureTarget target = settings.target();
    if (target instanceof CaptureTarget.Collection) {
      CaptureTarget.Collection collection = (CaptureTarget.Collection) target;
      return new RoutingDecision.ToCollection(
          collection.name(), folderFor(request.url(), collection.organize()));
    }
    return new RoutingDecision.ToHistory();
  }

  /**
   * The folder a request goes to in a collection: the root for {@link Organize#FLAT}, {@code
   * [host]} for {@link Organize#HOST}, {@code [host, first path segment]} for {@link
   * Organize#HOST_PATH} ({@code [host]} when the path is {@code /}). The host folder carries the
   * port when it is not the scheme's default ({@code localhost:8080}).
   */
  public static FolderPath folderFor(String url, Organize organize) {
    Optional<RequestUrl> parsed = RequestUrl.parse(url);
    if (organize == Organize.FLAT || parsed.isEmpty() || parsed.get().host().isEmpty()) {
      return FolderPath.ROOT;
    }

    String host = parsed.get().hostAndPort();
    String segment = parsed.get().firstPathSegment();
    if (organize == Organize.HOST || segment.isEmpty()) {
      return FolderPath.of(host);
    }
    return FolderPath.of(host, segment);
  }

  private CompiledCaptureFilter compiled(CaptureFilter filter) {
    CompiledCaptureFilter last = lastFilter.get();
    if (last != null && last.filter().equals(filter)) {
      return last;
    }
    CompiledCaptureFilter fresh = CompiledCaptureFilter.compile(filter);
    lastFilter.set(fresh);
    return fresh;
  }
}
