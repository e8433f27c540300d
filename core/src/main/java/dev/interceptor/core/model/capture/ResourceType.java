package dev.interceptor.core.model.capture;

import java.util.Locale;

/** The kinds of request a capture filter can select, grouped from the browser's finer types. */
public enum ResourceType {
  XHR,
  DOCUMENT,
  SCRIPT,
  STYLESHEET,
  IMAGE,
  FONT,
  MEDIA,
  WEBSOCKET,
  OTHER;

  /**
   * Maps a browser's type name ({@code chrome.webRequest.ResourceType} or Firefox's) to ours; names
   * we do not know map to {@link #OTHER} rather than being refused.
   */
  public static ResourceType fromBrowser(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "xmlhttprequest", "xhr", "fetch" -> XHR;
      case "main_frame", "sub_frame", "document", "main-frame", "sub-frame" -> DOCUMENT;
      case "script" -> SCRIPT;
      case "stylesheet" -> STYLESHEET;
      case "image", "imageset" -> IMAGE;
      case "font" -> FONT;
      case "media" -> MEDIA;
      case "websocket" -> WEBSOCKET;
      default -> OTHER;
    };
  }

  /**
   * Parses a type as a user types it in a filter ({@code xhr}, {@code fetch}, {@code document}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ResourceType fromFilter(String type) {
    String t = type.strip().toLowerCase(Locale.ROOT);
    if (t.equals("fetch") || t.equals("xhr") || t.equals("xmlhttprequest")) {
      return XHR;
    }
    for (ResourceType r : values()) {
      if (r.wireName().equals(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown resource type '"
            + type
            + "': use xhr, document, script, stylesheet, image, font,"
            + " media, websocket or other");
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
