package dev.interceptor.core.model.cookie;

/**
 * Parses what a user types as a sync domain.
 *
 * <p>Rules: lower case; trailing dot dropped; internationalised names to punycode; a leading {@code
 * .} or {@code *.} removed. A scheme means "this exact host only" and is otherwise refused along
 * with a path, port, empty label or space. Public suffixes ({@code com}, {@code co.uk}, {@code
 * github.io}) are refused because they would sync the cookies of every site under them. {@code
 * localhost} and IP literals are accepted and never cover subdomains.
 */
public final class SyncDomains {

  private SyncDomains() {}

  /**
   * Parses and validates one sync domain entry.
   *
   * @throws InvalidSyncDomainException naming what is wrong with {@code input}
   */
  public static SyncDomain parse(String input) {
    return SyncDomainParser.parse(input);
  }
}
