package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSelection;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request with the jar's cookies and, when asked, follows its redirects.
 *
 * <p>Cookies: with cookies on, any Cookie header of the request is replaced by the one the jar
 * gives for the URL (core's {@code CookieSelector}), or removed when the jar gives none; with
 * cookies off the request's own headers are sent as they are. On each redirect the cookies are
 * chosen again for the new URL, the {@code Authorization} header is dropped when the origin
 * changes, and the method becomes GET without a body for 303, and for 301 and 302 after a POST (as
 * browsers do).
 */
final class Replayer {

  static final int MAX_REDIRECTS = 10;

  private final HttpSender sender;
  private final JarCookies jarCookies;
  private final CliPrinter printer;

  @Inject
  Replayer(HttpSender sender, JarCookies jarCookies, CliPrinter printer) {
    this.sender = sender;
    this.jarCookies = jarCookies;
    this.printer = printer;
  }

  Exchange send(OutgoingRequest request, SendOptions options) {
    OutgoingRequest current = request;
    List<String> redirectedFrom = new ArrayList<>();

    while (true) {
      CookieSelection cookies =
          options.noCookies() ? null : jarCookies.forUrl(current.url(), options.cookieStore());
      OutgoingRequest sent = withCookies(current, cookies);
      ReceivedResponse response = sender.send(sent, options.timeout());
      List<String> names = cookies == null ? List.of() : cookieNames(cookies);

      Optional<String> location = options.follow() ? redirect(response) : Optional.empty();
      if (location.isEmpty()) {
        return new Exchange(sent, names, response, redirectedFrom);
      }
      if (redirectedFrom.size() == MAX_REDIRECTS) {
        throw new CliFailure(
            ExitCode.REQUEST,
            "more than " + MAX_REDIRECTS + " redirects, last to " + location.get());
      }
      redirectedFrom.add(current.url());
      current = next(current, response.status(), location.get());
      printer.note("following a " + response.status() + " redirect");
    }
  }

  private static OutgoingRequest withCookies(
      OutgoingRequest request, @Nullable CookieSelection cookies) {
    if (cookies == null) {
      return request;
    }
    OutgoingRequest withoutCookies = request.without("Cookie");
    return cookies
        .cookieHeader()
        .map(v -> withoutCookies.with(new HttpHeader("Cookie", v)))
        .orElse(withoutCookies);
  }

  private static List<String> cookieNames(CookieSelection cookies) {
    return cookies.sent().stream().map(Cookie::name).toList();
  }

  private static Optional<String> redirect(ReceivedResponse response) {
    int status = response.status();
    boolean redirect =
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!redirect) {
      return Optional.empty();
    }
    return response.headers().stream()
        .filter(h -> h.name().equalsIgnoreCase("Location"))
        .map(HttpHeader::value)
        .findFirst();
  }

  /** RFC 9110 15.4: the request to send after a redirect to {@code location}. */
  static OutgoingRequest next(OutgoingRequest from, int status, String location) {
    URI base = HttpSender.uri(from.url());
    String target;
    try {
      target = base.resolve(location).toString();
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.REQUEST, "the redirect's Location is not a URL: " + location);
    }

    String method = from.method();
    boolean toGet =
        status == 303 && !method.equalsIgnoreCase("HEAD")
            || (status == 301 || status == 302) && method.equalsIgnoreCase("POST");
    OutgoingRequest next =
        toGet
            ? new OutgoingRequest("GET", target, from.headers(), new byte[0])
                .without("Content-Type")
            : new OutgoingRequest(method, target, from.headers(), from.body());
    return sameOrigin(base, HttpSender.uri(target)) ? next : next.without("Authorization");
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }
}
