package dev.interceptor.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.port.out.ImportException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetscapeCookieFileTest {

  private static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");
  private static final Path FIXTURES = Path.of("..", "fixtures", "cookies");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // line                                                | name | hostOnly | httpOnly | secure
        // | expires
        "example.com\tFALSE\t/\tFALSE\t0\tsid\tv1               | sid  | true     | false    | false  | ''",
        "example.com\tTRUE\t/\tTRUE\t1760000000\tsid\tv1        | sid  | false    | false    | true   | 1760000000",
        ".example.com\tFALSE\t/docs\tFALSE\t\tsid\tv1           | sid  | false    | false    | false  | ''",
        "#HttpOnly_example.com\tFALSE\t/\tTRUE\t0\tsid\tv1      | sid  | true     | true     | true   | ''",
        "example.com\tFALSE\t/\tFALSE\t0\t\tnameless            | ''   | true     | false    | false  | ''",
      })
  void read_line_table(
      String line, String name, boolean hostOnly, boolean httpOnly, boolean secure, String expires)
      throws Exception {
    Path file = dir.resolve("cookies.txt");
    Files.writeString(file, "# Netscape HTTP Cookie File\n\n" + line + "\n");

    List<Cookie> cookies = NetscapeCookieFile.read(file, NOW).cookies();

    assertThat(cookies).hasSize(1);
    Cookie cookie = cookies.get(0);
    assertThat(cookie.name()).isEqualTo(name);
    assertThat(cookie.hostOnly()).isEqualTo(hostOnly);
    assertThat(cookie.httpOnly()).isEqualTo(httpOnly);
    assertThat(cookie.secure()).isEqualTo(secure);
    assertThat(cookie.expires())
        .isEqualTo(expires.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(expires)));
    assertThat(cookie.created()).isEqualTo(NOW);
  }

  @Test
  void read_ytDlpHttpOnlyFixture_marksOnlyThePrefixedCookie() {
    NetscapeCookieFile file =
        NetscapeCookieFile.read(FIXTURES.resolve("yt-dlp_httponly_cookies.txt"), NOW);

    assertThat(file.cookies())
        .extracting(Cookie::name, Cookie::httpOnly, Cookie::domain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("HTTPONLY_COOKIE", true, "www.foobar.foobar"),
            org.assertj.core.groups.Tuple.tuple(
                "JS_ACCESSIBLE_COOKIE", false, "www.foobar.foobar"));
    assertThat(file.skippedLines()).isEmpty();
  }

  @Test
  void read_ytDlpSessionFixture_emptyAndZeroExpiryAreSessionCookies() {
    NetscapeCookieFile file =
        NetscapeCookieFile.read(FIXTURES.resolve("yt-dlp_session_cookies.txt"), NOW);

    assertThat(file.cookies()).hasSize(2).allMatch(Cookie::isSession);
  }

  @Test
  void read_ytDlpMalformedFixture_refusedNamingTheFirstBadLine() {
    Path malformed = FIXTURES.resolve("yt-dlp_malformed_cookies.txt");

    assertThatThrownBy(() -> NetscapeCookieFile.read(malformed, NOW))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(malformed + " has no readable cookie line (2 lines skipped; line 6:")
        .hasMessageContaining("6 fields where a cookie line has 7")
        .hasMessageNotContaining("\n");
  }

  @Test
  void read_harFileInstead_refused() {
    Path har = Path.of("..", "fixtures", "har", "firefox-111_head-request.har");

    assertThatThrownBy(() -> NetscapeCookieFile.read(har, NOW))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(har + " has no readable cookie line")
        .hasMessageContaining("line 1: 1 field where a cookie line has 7")
        .hasMessageContaining("Netscape cookies.txt");
  }

  @Test
  void read_onlyComments_refused() throws Exception {
    Path file = dir.resolve("empty.txt");
    Files.writeString(file, "# Netscape HTTP Cookie File\n\n");

    assertThatThrownBy(() -> NetscapeCookieFile.read(file, NOW))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(file + " has no cookie line");
  }

  @Test
  void read_goodAndBadLines_keepsTheCookiesAndSaysWhichLinesWereSkippedAndWhy() throws Exception {
    Path file = dir.resolve("mixed.txt");
    Files.writeString(
        file,
        "# Netscape HTTP Cookie File\n"
            + "example.com\tFALSE\t/\tFALSE\t0\tsid\tv1\n"
            + "example.com\tFALSE\t/\tFALSE\t0\tshort\n"
            + "example.com\tFALSE\t/\tFALSE\t1.5e9\tfloat\tv\n"
            + "\tFALSE\t/\tFALSE\t0\tnodomain\tv\n");

    NetscapeCookieFile read = NetscapeCookieFile.read(file, NOW);

    assertThat(read.cookies()).extracting(Cookie::name).containsExactly("sid");
    assertThat(read.skippedLines())
        .containsExactly(
            new NetscapeCookieFile.SkippedLine(
                3, "6 fields where a cookie line has 7, TAB-separated"),
            new NetscapeCookieFile.SkippedLine(
                4, "the expiry (field 5) is not whole epoch seconds"),
            new NetscapeCookieFile.SkippedLine(5, "the domain (field 1) is empty"));
  }

  @Test
  void read_whatTheExporterWrote_givesTheSameCookies() throws Exception {
    List<Cookie> written =
        NetscapeCookieFile.read(FIXTURES.resolve("flexget_python-mozillacookiejar.txt"), NOW)
            .cookies();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NetscapeCookieExportFormat().export(written, out);
    Path file = dir.resolve("again.txt");
    Files.writeString(file, out.toString(StandardCharsets.UTF_8));

    List<Cookie> read = NetscapeCookieFile.read(file, NOW).cookies();

    assertThat(read).hasSize(2).isEqualTo(written);
  }

  @Test
  void read_missingFile_importExceptionNamingIt() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> NetscapeCookieFile.read(missing, NOW))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(missing.toString());
  }
}
