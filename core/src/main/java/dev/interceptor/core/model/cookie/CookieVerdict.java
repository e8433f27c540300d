package dev.interceptor.core.model.cookie;

/** Whether one cookie goes with a request, and if not, why. */
public sealed interface CookieVerdict {

  Cookie cookie();

  /** The cookie is sent. */
  record Sent(Cookie cookie) implements CookieVerdict {}

  /** The cookie is not sent, for the first rule it breaks. */
  record NotSent(Cookie cookie, NotSentReason reason) implements CookieVerdict {}
}
