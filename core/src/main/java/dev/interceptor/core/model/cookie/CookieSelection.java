package dev.interceptor.core.model.cookie;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verdict on each candidate cookie for one request, and the cookies sent in the order RFC 6265
 * 5.4 gives them (longer paths first, then earlier creation).
 */
public record CookieSelection(List<CookieVerdict> verdicts, List<Cookie> sent) {

  public CookieSelection {
    verdicts = List.copyOf(verdicts);
    sent = List.copyOf(sent);
  }

  /** The verdicts on cookies left out. */
  public List<CookieVerdict.NotSent> notSent() {
    return verdicts.stream()
        .filter(CookieVerdict.NotSent.class::isInstance)
        .map(CookieVerdict.NotSent.class::cast)
        .collect(Collectors.toList());
  }

  /** The Cookie header value for the sent cookies, or empty when none is sent. */
  public Optional<String> cookieHeader() {
    return sent.isEmpty() ? Optional.empty() : Optional.of(CookieHeader.format(sent));
  }
}
