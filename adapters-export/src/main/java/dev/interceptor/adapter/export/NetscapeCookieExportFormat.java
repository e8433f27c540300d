package dev.interceptor.adapter.export;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.port.out.CookieExportFormat;
import dev.interceptor.core.port.out.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes cookies as a Netscape cookies.txt file, the layout curl ({@code -b}), wget and Python's
 * {@code MozillaCookieJar} read.
 *
 * <p>Seven TAB-separated fields per line, LF line ends. A domain cookie is written with a leading
 * dot and the flag {@code TRUE}; a host-only cookie without the dot and {@code FALSE}, since
 * readers treat the two as one fact. HttpOnly cookies get curl's {@code #HttpOnly_} prefix; session
 * cookies expiry {@code 0}. Partitioned (CHIPS) cookies are left out: the format cannot say which
 * top-level site they belong to, and a reader would send them everywhere. Cookies whose name or
 * value holds a TAB or line break cannot be written in this format and are left out too.
 */
public final class NetscapeCookieExportFormat implements CookieExportFormat {

  private static final Logger LOG = LoggerFactory.getLogger(NetscapeCookieExportFormat.class);

  @Override
  public String name() {
    return "netscape";
  }

  @Override
  public void export(List<Cookie> cookies, OutputStream out) {
    StringBuilder file = new StringBuilder("# Netscape HTTP Cookie File\n\n");
    for (Cookie cookie : cookies) {
      if (cookie.isPartitioned()) {
        continue;
      }
      if (breaksLine(cookie.name()) || breaksLine(cookie.value())) {
        LOG.warn("cookie {} of {} not exported: TAB or line break", cookie.name(), cookie.domain());
        continue;
      }
      file.append(line(cookie)).append('\n');
    }

    try {
      out.write(file.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new ExportException("could not write the cookies.txt export: " + e.getMessage(), e);
    }
  }

  // C17, C19: the domain column and the flag both follow hostOnly, never the stored dot.
  private static String line(Cookie cookie) {
    String domain = cookie.hostOnly() ? cookie.normalizedDomain() : "." + cookie.normalizedDomain();
    long expiry = cookie.expires() == null ? 0 : Math.max(1, cookie.expires().getEpochSecond());
    return (cookie.httpOnly() ? "#HttpOnly_" : "")
        + String.join(
            "\t",
            domain,
            cookie.hostOnly() ? "FALSE" : "TRUE",
            cookie.path(),
            cookie.secure() ? "TRUE" : "FALSE",
            Long.toString(expiry),
            cookie.name(),
            cookie.value());
  }

  private static boolean breaksLine(String text) {
    return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }
}
