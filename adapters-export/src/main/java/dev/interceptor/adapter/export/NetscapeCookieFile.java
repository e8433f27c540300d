package dev.interceptor.adapter.export;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.port.out.ImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Netscape cookies.txt file (curl, wget, yt-dlp, Python's {@code MozillaCookieJar}), the
 * layout {@link NetscapeCookieExportFormat} writes.
 *
 * <p>Seven TAB-separated fields per line: domain, include-subdomains flag, path, secure flag,
 * expiry in epoch seconds, name, value. {@code TRUE} in the second field marks a domain cookie, and
 * so does a leading dot; otherwise the cookie is host-only. An expiry of {@code 0} or empty is a
 * session cookie. curl's {@code #HttpOnly_} prefix marks an HttpOnly cookie; other lines starting
 * with {@code #} and blank lines are comments. Lines of the wrong shape are skipped and counted, as
 * curl does, so that one bad line does not lose the rest of the file.
 */
public final class NetscapeCookieFile {

  private static final String HTTP_ONLY_PREFIX = "#HttpOnly_";

  private final List<Cookie> cookies;
  private final int skippedLines;

  private NetscapeCookieFile(List<Cookie> cookies, int skippedLines) {
    this.cookies = List.copyOf(cookies);
    this.skippedLines = skippedLines;
  }

  /**
   * Reads {@code file}; {@code created} becomes every cookie's creation time.
   *
   * @throws ImportException naming the file when it cannot be read
   */
  public static NetscapeCookieFile read(Path file, Instant created) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(FileProblems.describe(file, e), e);
    }

    List<Cookie> cookies = new ArrayList<>();
    int skipped = 0;
    for (String line : lines) {
      boolean httpOnly = line.startsWith(HTTP_ONLY_PREFIX);
      String entry = httpOnly ? line.substring(HTTP_ONLY_PREFIX.length()) : line;
      if (entry.isBlank() || entry.startsWith("#")) {
        continue;
      }
      Cookie cookie = parse(entry, httpOnly, created);
      if (cookie == null) {
        skipped++;
      } else {
        cookies.add(cookie);
      }
    }
    return new NetscapeCookieFile(cookies, skipped);
  }

  /** The cookies in file order. */
  public List<Cookie> cookies() {
    return cookies;
  }

  /** How many lines were neither comments nor cookies. */
  public int skippedLines() {
    return skippedLines;
  }

  private static @org.jspecify.annotations.Nullable Cookie parse(
      String entry, boolean httpOnly, Instant created) {
    String[] fields = entry.stripTrailing().split("\t", -1);
    if (fields.length != 7 || fields[0].isBlank()) {
      return null;
    }
    Instant expires;
    try {
      long seconds = fields[4].isBlank() ? 0 : Long.parseLong(fields[4].strip());
      expires = seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
    } catch (NumberFormatException e) {
      return null;
    }

    // The flag and a leading dot say the same thing; either makes a domain cookie.
    String domain = fields[0].strip();
    boolean domainCookie = fields[1].equalsIgnoreCase("TRUE") || domain.startsWith(".");
    return new Cookie(
        fields[5],
        fields[6],
        domain,
        !domainCookie,
        fields[2],
        fields[3].equalsIgnoreCase("TRUE"),
        httpOnly,
        "unspecified",
        expires,
        Cookie.DEFAULT_STORE,
        null,
        created);
  }
}
