package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Cookies.EXPIRY;
import static dev.interceptor.adapter.export.Cookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** curl reads our cookies.txt export ({@code curl -b}) and sends the cookies that apply. */
class NetscapeCurlIT {

  @TempDir Path dir;

  @Test
  void cookiesFile_readByCurl_sendsMatchingCookies() throws Exception {
    List<Cookie> jar =
        List.of(
            cookie("sid", "abc123", "127.0.0.1", true, "/", false, true, null, null),
            cookie("twid", "\"u=42\"", "127.0.0.1", true, "/", false, false, EXPIRY, null),
            cookie("token", "abc123==", "127.0.0.1", true, "/", false, false, EXPIRY, null),
            cookie("api", "only-api", "127.0.0.1", true, "/api", false, false, EXPIRY, null),
            cookie("other", "elsewhere", "other.example", true, "/", false, false, EXPIRY, null),
            cookie(
                "part", "p1", "127.0.0.1", true, "/", false, false, EXPIRY, "https://shop.test"));
    Path file = dir.resolve("cookies.txt");
    try (OutputStream out = Files.newOutputStream(file)) {
      new NetscapeCookieExportFormat().export(jar, out);
    }

    try (RecordingServer server = RecordingServer.start()) {
      NodeTools.Result result =
          NodeTools.run(
              List.of(
                  "curl", "--silent", "--fail", "-b", file.toString(), server.origin() + "/page"),
              dir);

      assertThat(result.exitCode()).as(result.stderr()).isZero();
      String header = server.received().get(0).header("Cookie");
      // HttpOnly (#HttpOnly_ line), '=' and quotes kept; the /api path, another host and the
      // partitioned cookie (not exported) are not sent. Secure is not checked: curl treats
      // loopback as a secure context and sends Secure cookies there over http.
      assertThat(Arrays.asList(header.split("; ")))
          .containsExactlyInAnyOrder("sid=abc123", "twid=\"u=42\"", "token=abc123==");
    }
  }
}
