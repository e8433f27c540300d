package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Messages from the host as they appear on the wire (see {@code docs/protocol.md}). */
final class Outbound {

  private Outbound() {}

  record WelcomeMessage(
      String type, int protocolVersion, String hostVersion, SettingsView settings) {

    WelcomeMessage(int protocolVersion, String hostVersion, SettingsView settings) {
      this("welcome", protocolVersion, hostVersion, settings);
    }
  }

  record SettingsMessage(String type, SettingsView settings) {

    SettingsMessage(SettingsView settings) {
      this("settings", settings);
    }
  }

  record SettingsView(CaptureView capture, CookieSyncView cookieSync) {}

  record CaptureView(boolean enabled, FilterView filter, TargetView target) {}

  record FilterView(String include, String exclude, List<String> methods, List<String> types) {}

  record TargetView(String kind, @Nullable String name, @Nullable String organize) {}

  record CookieSyncView(boolean enabled, List<SyncDomainView> domains) {}

  record SyncDomainView(String host, boolean includeSubdomains) {}

  record AckMessage(String type, List<String> ids, List<String> dropped) {

    AckMessage(List<String> ids, List<String> dropped) {
      this("ack", List.copyOf(ids), List.copyOf(dropped));
    }
  }

  record ErrorMessage(String type, String code, String reason, @Nullable String id) {

    ErrorMessage(String code, String reason, @Nullable String id) {
      this("error", code, reason, id);
    }
  }

  record PongMessage(String type, @Nullable JsonNode id) {

    PongMessage(@Nullable JsonNode id) {
      this("pong", id);
    }
  }

  record ResyncMessage(String type, String domain, boolean includeSubdomains) {

    ResyncMessage(String domain, boolean includeSubdomains) {
      this("cookies.resync", domain, includeSubdomains);
    }
  }

  record ChunkFrame(String type, String id, int index, int count, String data) {

    ChunkFrame(String id, int index, int count, String data) {
      this("chunk", id, index, count, data);
    }
  }
}
