package dev.interceptor.core.model.capture;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/** Compiles user URL patterns with RE2/J and explains the ones it refuses. */
final class UrlPatterns {

  private UrlPatterns() {}

  /**
   * Compiles {@code pattern} for a find-anywhere search.
   *
   * @throws InvalidFilterException with the position and reason when it does not compile
   */
  static Pattern compile(String setting, String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw explain(setting, pattern, e);
    }
  }

  /**
   * RE2/J reports no position. Where the JDK's parser also refuses the pattern, its description and
   * index are the familiar ones ({@code Dangling meta character '*' near index 0}); where only RE2
   * refuses it (look-around, back-references), the position is where RE2's quoted fragment starts.
   */
  private static InvalidFilterException explain(
      String setting, String pattern, PatternSyntaxException re2) {
    try {
      java.util.regex.Pattern.compile(pattern);
    } catch (java.util.regex.PatternSyntaxException jdk) {
      return new InvalidFilterException(
          setting, pattern, jdk.getDescription() + " near index " + jdk.getIndex(), jdk.getIndex());
    }
    int index = Math.max(0, pattern.indexOf(re2.getPattern()));
    String reason =
        re2.getDescription()
            + " '"
            + re2.getPattern()
            + "' near index "
            + index
            + " (RE2 has no look-around or back-references)";
    return new InvalidFilterException(setting, pattern, reason, index);
  }
}
