package dev.interceptor.app.cli;

import java.util.List;

/**
 * One request sent and its response: what was sent last (after any redirects), the names of the jar
 * cookies it carried, and the URLs redirected from, in order.
 */
record Exchange(
    OutgoingRequest sent,
    List<String> cookiesSent,
    ReceivedResponse response,
    List<String> redirectedFrom) {

  Exchange {
    cookiesSent = List.copyOf(cookiesSent);
    redirectedFrom = List.copyOf(redirectedFrom);
  }
}
