package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A URL split into its parts without decoding or re-encoding anything, so a captured URL can be
 * rebuilt byte for byte. {@code java.net.URI} is not used because browsers send characters it
 * refuses ({@code |}, {@code {}}, raw non-ASCII).
 */
record UrlParts(
    String scheme,
    String host,
    String port,
    String path,
    @Nullable String query,
    @Nullable String fragment) {

  /** One {@code name=value} pair of the query as written; {@code value} is null without '='. */
  record QueryPair(String name, @Nullable String value) {

    /** The pair decoded as a form field; a missing value decodes to an empty one. */
    FormField decoded() {
      List<FormField> fields = FormEncoding.decode(name + "=" + (value == null ? "" : value));
      return fields.isEmpty() ? new FormField("", "") : fields.get(0);
    }

    String encoded() {
      return value == null ? name : name + "=" + value;
    }
  }

  static UrlParts parse(String url) {
    String rest = url;
    String fragment = null;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }

    String query = null;
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }

    String scheme = "";
    int colonSlashes = rest.indexOf("://");
    if (colonSlashes > 0) {
      scheme = rest.substring(0, colonSlashes);
      rest = rest.substring(colonSlashes + 3);
    }

    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int portColon = hostPort.lastIndexOf(':');
    boolean hasPort = portColon >= 0 && hostPort.indexOf(']', portColon) < 0;
    String host = hasPort ? hostPort.substring(0, portColon) : hostPort;
    String port = hasPort ? hostPort.substring(portColon + 1) : "";
    return new UrlParts(scheme, host, port, path, query, fragment);
  }

  /** The query's pairs in order, repeats kept; empty pairs ({@code a&&b}) are skipped. */
  List<QueryPair> queryPairs() {
    List<QueryPair> pairs = new ArrayList<>();
    if (query == null || query.isEmpty()) {
      return pairs;
    }
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      pairs.add(
          eq < 0
              ? new QueryPair(pair, null)
              : new QueryPair(pair.substring(0, eq), pair.substring(eq + 1)));
    }
    return pairs;
  }

  /**
   * The same URL with the value of every query pair whose decoded name matches {@code secret}
   * replaced by {@code marker}; every other character is kept as it was.
   */
  static String replaceQueryValues(String url, Predicate<String> secret, String marker) {
    int question = url.indexOf('?');
    if (question < 0) {
      return url;
    }
    int hash = url.indexOf('#', question);
    String query = hash < 0 ? url.substring(question + 1) : url.substring(question + 1, hash);
    String tail = hash < 0 ? "" : url.substring(hash);

    String[] pairs = query.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      int eq = pairs[i].indexOf('=');
      String rawName = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
      if (!rawName.isEmpty() && secret.test(new QueryPair(rawName, "").decoded().name())) {
        pairs[i] = rawName + "=" + marker;
      }
    }
    return url.substring(0, question + 1) + String.join("&", pairs) + tail;
  }
}
