package dev.interceptor.adapter.installer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The extension ids allowed to start the host, split by dialect: Chromium ids (32 letters a-p) and
 * Firefox add-on ids ({@code name@domain} or a braced UUID), by the core's rule of their forms.
 *
 * @param chromium Chromium extension ids, bare
 * @param firefox Firefox add-on ids
 */
record ExtensionIds(List<String> chromium, List<String> firefox) {

  private static final Pattern ORIGIN = Pattern.compile("chrome-extension://([a-p]{32})/?");

  ExtensionIds {
    chromium = List.copyOf(chromium);
    firefox = List.copyOf(firefox);
  }

  /**
   * Sorts ids given on the command line. A Chromium id may be given bare or as its origin.
   *
   * @throws IllegalArgumentException for an id of neither form
   */
  static ExtensionIds parse(List<String> ids) {
    List<String> chromium = new ArrayList<>();
    List<String> firefox = new ArrayList<>();
    for (String raw : ids) {
      String id = raw.trim();
      var origin = ORIGIN.matcher(id.toLowerCase(Locale.ROOT));
      if (origin.matches()) {
        addOnce(chromium, origin.group(1));
      } else if (dev.interceptor.core.model.settings.ExtensionIds.isChromium(id)) {
        addOnce(chromium, id);
      } else if (dev.interceptor.core.model.settings.ExtensionIds.isFirefox(id)) {
        addOnce(firefox, id);
      } else {
        throw new IllegalArgumentException(
            "extensionIds: '"
                + id
                + "' is neither a Chromium extension id (32 letters a-p) nor a Firefox add-on id"
                + " (name@domain)");
      }
    }
    return new ExtensionIds(chromium, firefox);
  }

  /** The exact origin Chromium passes and matches: scheme, id and the trailing slash. */
  static String origin(String chromiumId) {
    return "chrome-extension://" + chromiumId + "/";
  }

  List<String> forFamily(BrowserFamily family) {
    return family == BrowserFamily.CHROMIUM ? chromium : firefox;
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }
}
