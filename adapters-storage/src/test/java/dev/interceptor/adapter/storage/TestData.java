package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.Cookie;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Values for store tests. */
final class TestData {

  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private TestData() {}

  /** A History query for the newest entries whose URL holds {@code substring}, and nothing else. */
  static HistoryQuery urlContains(String substring, int limit) {
    return new HistoryQuery(
        Optional.of(substring),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        limit);
  }

  /** The ids of the newest History entries, up to {@code limit}, whose URL holds the substring. */
  static List<String> idsWithUrl(SqliteStore store, String substring, int limit) {
    return store.history().list(urlContains(substring, limit)).stream()
        .map(CaptureSummary::id)
        .toList();
  }

  /** The body's size, counted without reading a streamed body. */
  private static long size(RequestBody body) {
    if (body instanceof RequestBody.Text text && text.source().isPresent()) {
      return text.utf8Length();
    }
    if (body instanceof RequestBody.Bytes bytes && bytes.source().isPresent()) {
      return bytes.length();
    }
    return RequestBody.toBytes(body).length;
  }

  static CapturedRequest capture(String id, Instant time, String method, String url) {
    return capture(id, time, method, url, RequestBody.NONE, 200);
  }

  static CapturedRequest capture(
      String id,
      Instant time,
      String method,
      String url,
      RequestBody body,
      @Nullable Integer status) {
    CapturedResponse response =
        status == null
            ? null
            : new CapturedResponse(
                status,
                "HTTP/1.1 " + status,
                List.of(new HttpHeader("Content-Type", "application/json")));
    return new CapturedRequest(
        id,
        time,
        url,
        method,
        List.of(new HttpHeader("Accept", "*/*"), new HttpHeader("Content-Type", "text/plain")),
        body,
        size(body),
        false,
        false,
        ResourceType.XHR,
        7,
        "https://app.example.com",
        response,
        status == null ? "net::ERR_FAILED" : null);
  }

  static Cookie cookie(
      String name,
      String value,
      String domain,
      boolean hostOnly,
      String path,
      @Nullable String partitionKey) {
    return new Cookie(
        name,
        value,
        domain,
        hostOnly,
        path,
        true,
        false,
        "lax",
        null,
        Cookie.DEFAULT_STORE,
        partitionKey,
        T0);
  }
}
