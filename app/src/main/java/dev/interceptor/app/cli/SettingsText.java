package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Settings described in words, for people. */
final class SettingsText {

  private SettingsText() {}

  static String onOff(boolean enabled) {
    return enabled ? "on" : "off";
  }

  static String filter(CaptureFilter filter) {
    List<String> parts = new ArrayList<>();
    if (!filter.include().isEmpty()) {
      parts.add("URL contains a match of " + filter.include());
    }
    if (!filter.exclude().isEmpty()) {
      parts.add("URL has no match of " + filter.exclude());
    }
    if (!filter.methods().isEmpty()) {
      parts.add("method " + filter.methods().stream().sorted().collect(Collectors.joining(", ")));
    }
    if (!filter.types().isEmpty()) {
      parts.add(
          "type "
              + filter.types().stream()
                  .sorted()
                  .map(ResourceType::wireName)
                  .collect(Collectors.joining(", ")));
    }
    return parts.isEmpty() ? "every request" : String.join("; ", parts);
  }

  static String target(CaptureTarget target) {
    if (target instanceof CaptureTarget.Collection c) {
      return "collection \"" + c.name() + "\" (" + organize(c.organize()) + ")";
    }
    return "History";
  }

  static String organize(Organize organize) {
    return switch (organize) {
      case FLAT -> "no folders";
      case HOST -> "a folder per host";
      case HOST_PATH -> "a folder per host, then per first path segment";
    };
  }

  static String scope(SyncDomain domain) {
    return domain.includeSubdomains() ? "and subdomains" : "this host only";
  }
}
