package dev.interceptor.core.port.out;

import dev.interceptor.core.model.cookie.Cookie;
import java.io.OutputStream;
import java.util.List;

/** One file format for exporting jar cookies (Netscape cookies.txt, JSON). */
public interface CookieExportFormat {

  /** The name users type after {@code --format}, in lower case. */
  String name();

  /** Writes the cookies to {@code out} (not closed). Throws {@link ExportException}. */
  void export(List<Cookie> cookies, OutputStream out);
}
