package dev.interceptor.adapter.installer;

/**
 * The two manifest dialects: Chromium-based browsers list extension origins, Firefox-based browsers
 * list add-on ids.
 */
public enum BrowserFamily {
  /** Manifest key {@code allowed_origins}, entries {@code chrome-extension://<id>/}. */
  CHROMIUM("chromium"),
  /** Manifest key {@code allowed_extensions}, entries are add-on ids such as {@code a@b.org}. */
  FIREFOX("firefox");

  private final String fileTag;

  BrowserFamily(String fileTag) {
    this.fileTag = fileTag;
  }

  /** The tag in the Windows manifest file name, one file per family. */
  public String fileTag() {
    return fileTag;
  }
}
