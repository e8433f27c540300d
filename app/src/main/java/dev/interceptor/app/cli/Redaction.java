package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.export.SecretNames;
import java.util.List;

/**
 * Hides secret values before a request is shown: headers and query parameters whose names {@link
 * SecretNames} calls secret get {@link SecretNames#REDACTED} as value, as the exports do. Bodies
 * are shown as captured.
 */
final class Redaction {

  private Redaction() {}

  static CapturedRequest apply(CapturedRequest r) {
    CapturedResponse response = r.response();
    return new CapturedRequest(
        r.id(),
        r.time(),
        url(r.url()),
        r.method(),
        headers(r.requestHeaders()),
        r.body(),
        r.bodySize(),
        r.bodyTruncated(),
        r.filePartsOmitted(),
        r.resourceType(),
        r.tabId(),
        r.initiator(),
        response == null
            ? null
            : new CapturedResponse(
                response.status(), response.statusLine(), headers(response.headers())),
        r.error());
  }

  static List<HttpHeader> headers(List<HttpHeader> headers) {
    return headers.stream()
        .map(
            h ->
                SecretNames.isSecret(h.name()) ? new HttpHeader(h.name(), SecretNames.REDACTED) : h)
        .toList();
  }

  /** The URL with the values of secret query parameters replaced; everything else unchanged. */
  static String url(String url) {
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    String beforeFragment = hash < 0 ? url : url.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    if (question < 0) {
      return url;
    }

    StringBuilder redacted = new StringBuilder(beforeFragment.substring(0, question + 1));
    String[] pairs = beforeFragment.substring(question + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) {
        redacted.append('&');
      }
      int eq = pairs[i].indexOf('=');
      String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
      boolean secret = eq >= 0 && SecretNames.isSecret(name);
      redacted.append(secret ? name + "=" + SecretNames.REDACTED : pairs[i]);
    }
    return redacted + fragment;
  }
}
