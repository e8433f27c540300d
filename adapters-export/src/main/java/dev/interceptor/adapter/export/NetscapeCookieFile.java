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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Netscape cookies.txt file (curl, wget, yt-dlp, Python's {@code MozillaCookieJar}), the
 * layout {@link NetscapeCookieExportFormat} writes.
 *
 * <p>Seven TAB-separated fields per line: domain, include-subdomains flag, path, secure flag,
 * expiry in epoch seconds, name, value. {@code TRUE} in the second field marks a domain cookie, and
 * so does a leading dot; otherwise the cookie is host-only. An expiry of {@code 0} or empty is a
 * session cookie. curl's {@code #HttpOnly_} prefix marks an HttpOnly cookie; other lines starting
 * with {@code #} and blank lines are comments. Lines of the wrong shape are skipped, each with its
 * line number and why, as curl skips them, so that one bad line does not lose the rest of the file;
 * a file of which no line is a cookie is refused.
 */
public final class NetscapeCookieFile {

  /** A line that was neither a comment nor a cookie: its 1-based number and why it was skipped. */
  public record SkippedLine(int number, String reason) {}

  private static final String HTTP_ONLY_PREFIX = "#HttpOnly_";

  private final List<Cookie> cookies;
  private final List<SkippedLine> skipped;

  private NetscapeCookieFile(List<Cookie> cookies, List<SkippedLine> skipped) {
    this.cookies = List.copyOf(cookies);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * Reads {@code file}; {@code created} becomes every cookie's creation time.
   *
   * @throws ImportException naming the file when it cannot be read, or when not one of its lines is
   *     a cookie (another kind of file, or a cookies.txt whose every line is broken or a comment)
   */
  public static NetscapeCookieFile read(Path file, Instant created) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(FileProblems.describe(file, e), e);
    }

    List<Cookie> cookies = new ArrayList<>();
    List<SkippedLine> skipped = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean httpOnly = line.startsWith(HTTP_ONLY_PREFIX);
      String entry = httpOnly ? line.substring(HTTP_ONLY_PREFIX.length()) : line;
      if (entry.isBlank() || entry.startsWith("#")) {
        continue;
      }
      String[] fields = entry.stripTrailing().split("\t", -1);
      String problem = problem(fields);
      if (problem == null) {
        cookies.add(cookie(fields, httpOnly, created));
      } else {
        skipped.add(new SkippedLine(i + 1, problem));
      }
    }

    if (cookies.isEmpty()) {
      throw new ImportException(noCookies(file, skipped));
    }
    return new NetscapeCookieFile(cookies, skipped);
  }

  /** The cookies in file order. */
  public List<Cookie> cookies() {
    return cookies;
  }

  /** The lines that were neither comments nor cookies, in file order. */
  public List<SkippedLine> skippedLines() {
    return skipped;
  }

  private static String noCookies(Path file, List<SkippedLine> skipped) {
    String what = "a Netscape cookies.txt (seven TAB-separated fields a line, as curl -c writes)";
    if (skipped.isEmpty()) {
      return file + " has no cookie line, only comments or blank lines: give " + what;
    }
    SkippedLine first = skipped.get(0);
    return file
        + " has no readable cookie line ("
        + (skipped.size() == 1 ? "1 line skipped" : skipped.size() + " lines skipped")
        + "; line "
        + first.number()
        + ": "
        + first.reason()
        + "): give "
        + what;
  }

  /** Why the fields are not a cookie, or null when they are one. Values are never quoted. */
  private static @Nullable String problem(String[] fields) {
    if (fields.length != 7) {
      return fields.length
          + (fields.length == 1 ? " field" : " fields")
          + " where a cookie line has 7, TAB-separated";
    }
    if (fields[0].isBlank()) {
      return "the domain (field 1) is empty";
    }
    return expiry(fields[4]) == null ? "the expiry (field 5) is not whole epoch seconds" : null;
  }

  /** The expiry in epoch seconds, 0 for a session cookie, or null when it is not a number. */
  private static @Nullable Long expiry(String field) {
    try {
      return field.isBlank() ? 0 : Long.parseLong(field.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Cookie cookie(String[] fields, boolean httpOnly, Instant created) {
    long seconds = Objects.requireNonNull(expiry(fields[4]));
    Instant expires = seconds <= 0 ? null : Instant.ofEpochSecond(seconds);

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
