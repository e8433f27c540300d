package dev.interceptor.adapter.installer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The options install, uninstall and the doctor share: which browsers, where. */
record Scope(List<String> browsers, boolean system, @Nullable String profileDir, String hostDir) {

  Scope {
    browsers = List.copyOf(browsers);
  }

  static void check(List<String> browsers, boolean system, @Nullable String profileDir) {
    if (profileDir != null && browsers.size() != 1) {
      throw new IllegalArgumentException(
          "profileDir needs exactly one browser (--browser NAME), got " + browsers);
    }
    if (profileDir != null && system) {
      throw new IllegalArgumentException("profileDir and system exclude each other");
    }
  }

  boolean allBrowsers() {
    return browsers.isEmpty();
  }
}
