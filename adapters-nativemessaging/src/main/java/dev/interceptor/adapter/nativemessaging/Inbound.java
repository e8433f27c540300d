package dev.interceptor.adapter.nativemessaging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Messages from the extension as they appear on the wire (see {@code docs/protocol.md}). Every
 * field is nullable here; {@link WireMapping} checks required ones and applies defaults.
 */
final class Inbound {

  private Inbound() {}

  record HelloMessage(
      @Nullable Integer protocolVersion,
      @Nullable String extensionVersion,
      @Nullable String browser,
      @Nullable String profile) {}

  record HeaderMessage(
      @Nullable String name, @Nullable String value, int @Nullable [] binaryValue) {}

  record FormFieldMessage(@Nullable String name, @Nullable String value) {}

  record BodyMessage(
      @Nullable WireText text,
      @Nullable WireText base64,
      @Nullable List<FormFieldMessage> formData) {}

  record ResponseMessage(
      @Nullable Integer status,
      @Nullable String statusLine,
      @Nullable List<HeaderMessage> headers) {}

  record CaptureMessage(
      @Nullable String id,
      @Nullable Double time,
      @Nullable String url,
      @Nullable String method,
      @Nullable List<HeaderMessage> requestHeaders,
      @Nullable BodyMessage body,
      @Nullable Long bodySize,
      @Nullable Boolean bodyTruncated,
      @Nullable Boolean filePartsOmitted,
      @Nullable String resourceType,
      @Nullable Integer tabId,
      @Nullable String initiator,
      @Nullable ResponseMessage response,
      @Nullable String error) {}

  record PartitionKeyMessage(@Nullable String topLevelSite) {}

  record CookieMessage(
      @Nullable String name,
      @Nullable String value,
      @Nullable String domain,
      @Nullable Boolean hostOnly,
      @Nullable String path,
      @Nullable Boolean secure,
      @Nullable Boolean httpOnly,
      @Nullable String sameSite,
      @Nullable Double expirationDate,
      @Nullable String storeId,
      @Nullable PartitionKeyMessage partitionKey) {}

  record CookieSnapshotMessage(
      @Nullable String id,
      @Nullable String domain,
      @Nullable String storeId,
      @Nullable List<CookieMessage> cookies) {}

  record CookieChangedMessage(
      @Nullable String id,
      @Nullable CookieMessage cookie,
      @Nullable Boolean removed,
      @Nullable String cause) {}

  record SettingsChangeMessage(
      @Nullable String id,
      @Nullable Boolean captureEnabled,
      @Nullable Boolean cookieSyncEnabled,
      @Nullable String addSyncDomain,
      @Nullable String removeSyncDomain) {}
}
