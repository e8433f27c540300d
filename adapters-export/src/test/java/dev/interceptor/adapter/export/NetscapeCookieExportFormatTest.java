package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Cookies.EXPIRY;
import static dev.interceptor.adapter.export.Cookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetscapeCookieExportFormatTest {

  private final NetscapeCookieExportFormat format = new NetscapeCookieExportFormat();

  private String write(List<Cookie> cookies) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.export(cookies, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void export_domainHostOnlyAndHttpOnlyCookies_writesTheExpectedFile() {
    List<Cookie> jar =
        List.of(
            cookie("sid", "abc123", ".example.com", false, "/", true, false, EXPIRY, null),
            cookie("__Host-csrf", "xyz789", "app.example.com", true, "/", true, true, null, null),
            cookie("prefs", "dark=1", "app.example.com", true, "/api", false, false, EXPIRY, null));

    String file = write(jar);

    assertThat(file)
        .isEqualTo(
            "# Netscape HTTP Cookie File\n"
                + "\n"
                + ".example.com\tTRUE\t/\tTRUE\t1893456000\tsid\tabc123\n"
                + "#HttpOnly_app.example.com\tFALSE\t/\tTRUE\t0\t__Host-csrf\txyz789\n"
                + "app.example.com\tFALSE\t/api\tFALSE\t1893456000\tprefs\tdark=1\n");
  }

  @Test
  void export_hostOnlyCookieStoredWithLeadingDot_neverWritesTheDot() {
    Cookie host =
        cookie("__Host-sid", "abc123", ".app.example.com", true, "/", true, false, EXPIRY, null);

    String file = write(List.of(host));

    assertThat(file)
        .endsWith("\napp.example.com\tFALSE\t/\tTRUE\t1893456000\t__Host-sid\tabc123\n");
  }

  @Test
  void export_domainCookieStoredWithoutDot_writesTheDotAndTrue() {
    Cookie domain = cookie("pref", "dark", "example.com", false, "/", false, false, EXPIRY, null);

    String file = write(List.of(domain));

    assertThat(file).endsWith("\n.example.com\tTRUE\t/\tFALSE\t1893456000\tpref\tdark\n");
  }

  @Test
  void export_partitionedCookie_isLeftOut() {
    List<Cookie> jar =
        List.of(
            cookie(
                "sid",
                "p1",
                "widget.example.com",
                true,
                "/",
                true,
                false,
                EXPIRY,
                "https://shop.test"),
            cookie("sid", "u1", "widget.example.com", true, "/", true, false, EXPIRY, null));

    String file = write(jar);

    assertThat(file.lines().filter(l -> l.contains("\tsid\t")))
        .containsExactly("widget.example.com\tFALSE\t/\tTRUE\t1893456000\tsid\tu1");
  }

  @Test
  void export_valueWithQuotesAndEquals_keepsValueUnchanged() {
    Cookie twid = cookie("twid", "\"u=42\"", "example.com", true, "/", false, false, EXPIRY, null);

    String file = write(List.of(twid));

    assertThat(file).endsWith("\ttwid\t\"u=42\"\n");
  }
}
