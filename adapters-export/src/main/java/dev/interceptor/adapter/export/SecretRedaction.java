package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.export.SecretNames;
import java.util.List;

/**
 * Replaces secret header and query values with {@link SecretNames#REDACTED} before a request is
 * written by any format, so every format redacts the same things. Bodies are left alone: changing
 * them would break their length and, for multipart, their framing.
 */
final class SecretRedaction {

  private SecretRedaction() {}

  static CapturedRequest apply(CapturedRequest request, boolean includeSecrets) {
    if (includeSecrets) {
      return request;
    }

    String url =
        UrlParts.replaceQueryValues(request.url(), SecretNames::isSecret, SecretNames.REDACTED);
    CapturedResponse response = request.response();
    CapturedResponse redactedResponse =
        response == null
            ? null
            : new CapturedResponse(
                response.status(), response.statusLine(), redact(response.headers()));
    return new CapturedRequest(
        request.id(),
        request.time(),
        url,
        request.method(),
        redact(request.requestHeaders()),
        request.body(),
        request.bodySize(),
        request.bodyTruncated(),
        request.filePartsOmitted(),
        request.resourceType(),
        request.tabId(),
        request.initiator(),
        redactedResponse,
        request.error());
  }

  private static List<HttpHeader> redact(List<HttpHeader> headers) {
    return headers.stream()
        .map(
            h ->
                SecretNames.isSecret(h.name()) ? new HttpHeader(h.name(), SecretNames.REDACTED) : h)
        .toList();
  }
}
