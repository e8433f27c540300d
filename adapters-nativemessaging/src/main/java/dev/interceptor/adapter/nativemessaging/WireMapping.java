package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.adapter.nativemessaging.Inbound.BodyMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CaptureMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CookieMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.FormFieldMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.HeaderMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.ResponseMessage;
import dev.interceptor.adapter.nativemessaging.Outbound.CaptureView;
import dev.interceptor.adapter.nativemessaging.Outbound.CookieSyncView;
import dev.interceptor.adapter.nativemessaging.Outbound.FilterView;
import dev.interceptor.adapter.nativemessaging.Outbound.SettingsView;
import dev.interceptor.adapter.nativemessaging.Outbound.SyncDomainView;
import dev.interceptor.adapter.nativemessaging.Outbound.TargetView;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieChangeCause;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps wire messages to core records and back; checks required fields and applies defaults. */
final class WireMapping {

  private WireMapping() {}

  static CapturedRequest toCapturedRequest(CaptureMessage m) {
    String id = require(m.id(), "capture.id", null);
    Double time = require(m.time(), "capture.time", id);
    String url = require(m.url(), "capture.url", id);
    String method = require(m.method(), "capture.method", id);
    if (method.isBlank()) {
      throw BadMessageException.badField("capture.method is blank", id);
    }

    RequestBody body = toBody(m.body(), id);
    long bodySize = m.bodySize() == null ? BodySize.of(body) : m.bodySize();
    String type = m.resourceType() == null ? "other" : m.resourceType();
    return new CapturedRequest(
        id,
        fromEpochMillis(time, id),
        url,
        method,
        toHeaders(m.requestHeaders(), "capture.requestHeaders", id),
        body,
        bodySize,
        Boolean.TRUE.equals(m.bodyTruncated()),
        Boolean.TRUE.equals(m.filePartsOmitted()),
        ResourceType.fromBrowser(type),
        m.tabId() == null ? -1 : m.tabId(),
        m.initiator(),
        toResponse(m.response(), id),
        m.error());
  }

  static Cookie toCookie(CookieMessage m, Instant receivedAt, @Nullable String messageId) {
    String name = require(m.name(), "cookie.name", messageId);
    String value = require(m.value(), "cookie.value", messageId);
    String domain = require(m.domain(), "cookie.domain", messageId);
    if (domain.isBlank()) {
      throw BadMessageException.badField("cookie.domain is blank", messageId);
    }

    Instant expires =
        m.expirationDate() == null
            ? null
            : Instant.EPOCH.plus(Math.round(m.expirationDate() * 1000.0), ChronoUnit.MILLIS);
    String partition =
        m.partitionKey() == null || m.partitionKey().topLevelSite() == null
            ? null
            : m.partitionKey().topLevelSite();
    return new Cookie(
        name,
        value,
        domain,
        Boolean.TRUE.equals(m.hostOnly()),
        m.path() == null ? "/" : m.path(),
        Boolean.TRUE.equals(m.secure()),
        Boolean.TRUE.equals(m.httpOnly()),
        m.sameSite() == null ? "unspecified" : m.sameSite(),
        expires,
        m.storeId() == null ? Cookie.DEFAULT_STORE : m.storeId(),
        partition,
        receivedAt);
  }

  static CookieChangeCause toCause(@Nullable String cause, @Nullable String messageId) {
    String text = require(cause, "cookies.changed.cause", messageId);
    try {
      return CookieChangeCause.fromWire(text);
    } catch (IllegalArgumentException e) {
      throw BadMessageException.badField("cookies.changed.cause is not a known cause", messageId);
    }
  }

  static SettingsView toView(Settings settings) {
    CaptureFilter f = settings.capture().filter();
    FilterView filter =
        new FilterView(
            f.include(),
            f.exclude(),
            f.methods().stream().sorted().toList(),
            f.types().stream().map(ResourceType::wireName).sorted().toList());
    CaptureTarget target = settings.capture().target();
    TargetView targetView =
        target instanceof CaptureTarget.Collection
            ? new TargetView(
                "collection",
                ((CaptureTarget.Collection) target).name(),
                ((CaptureTarget.Collection) target).organize().wireName())
            : new TargetView("history", null, null);
    List<SyncDomainView> domains =
        settings.cookieSync().domains().stream()
            .map(d -> new SyncDomainView(d.host(), d.includeSubdomains()))
            .toList();
    return new SettingsView(
        new CaptureView(settings.capture().enabled(), filter, targetView),
        new CookieSyncView(settings.cookieSync().enabled(), domains));
  }

  static <T> T require(@Nullable T value, String field, @Nullable String messageId) {
    if (value == null) {
      throw BadMessageException.badField(field + " is missing", messageId);
    }
    return value;
  }

  private static Instant fromEpochMillis(double millis, String id) {
    if (!Double.isFinite(millis)) {
      throw BadMessageException.badField("capture.time is not a finite number", id);
    }
    return Instant.EPOCH.plus(Math.round(millis * 1000.0), ChronoUnit.MICROS);
  }

  private static RequestBody toBody(@Nullable BodyMessage body, String id) {
    if (body == null) {
      return RequestBody.NONE;
    }
    int given =
        (body.text() == null ? 0 : 1)
            + (body.base64() == null ? 0 : 1)
            + (body.formData() == null ? 0 : 1);
    if (given > 1) {
      throw BadMessageException.badField("capture.body holds more than one form", id);
    }
    if (body.text() != null) {
      return body.text().body();
    }
    if (body.base64() != null) {
      try {
        return body.base64().base64Body();
      } catch (IllegalArgumentException e) {
        throw BadMessageException.badField("capture.body.base64 is not valid base64", id);
      }
    }
    if (body.formData() != null) {
      List<FormField> fields = new ArrayList<>();
      for (FormFieldMessage f : body.formData()) {
        fields.add(
            new FormField(
                require(f.name(), "capture.body.formData.name", id),
                f.value() == null ? "" : f.value()));
      }
      return new RequestBody.Form(fields);
    }
    return RequestBody.NONE;
  }

  private static List<HttpHeader> toHeaders(
      @Nullable List<HeaderMessage> headers, String field, String id) {
    if (headers == null) {
      return List.of();
    }
    List<HttpHeader> result = new ArrayList<>(headers.size());
    for (HeaderMessage h : headers) {
      String name = require(h.name(), field + ".name", id);
      result.add(new HttpHeader(name, headerValue(h)));
    }
    return result;
  }

  /** A header given as bytes is read as ISO-8859-1, the charset HTTP/1.1 fields were born in. */
  private static String headerValue(HeaderMessage h) {
    if (h.value() != null) {
      return h.value();
    }
    int[] bytes = h.binaryValue();
    if (bytes == null) {
      return "";
    }
    byte[] raw = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      raw[i] = (byte) bytes[i];
    }
    return new String(raw, StandardCharsets.ISO_8859_1);
  }

  private static @Nullable CapturedResponse toResponse(@Nullable ResponseMessage r, String id) {
    if (r == null) {
      return null;
    }
    int status = require(r.status(), "capture.response.status", id);
    return new CapturedResponse(
        status,
        r.statusLine() == null ? "" : r.statusLine(),
        toHeaders(r.headers(), "capture.response.headers", id));
  }
}
