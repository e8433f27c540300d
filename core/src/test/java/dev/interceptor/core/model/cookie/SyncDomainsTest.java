package dev.interceptor.core.model.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncDomainsTest {

  @ParameterizedTest(name = "{0} -> {1}, subdomains {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com              | example.com            | true",
        "Example.COM              | example.com            | true",
        "example.com.             | example.com            | true",
        ".example.com             | example.com            | true",
        "*.example.com            | example.com            | true",
        "'  example.com  '        | example.com            | true",
        "bücher.example           | xn--bcher-kva.example  | true",
        "MÜNCHEN.de               | xn--mnchen-3ya.de      | true",
        "xn--mnchen-3ya.de        | xn--mnchen-3ya.de      | true",
        "app.example.co.uk        | app.example.co.uk      | true",
        "example.github.io        | example.github.io      | true",
        "intranet                 | intranet               | true",
        "https://app.example.com  | app.example.com        | false",
        "https://app.example.com/ | app.example.com        | false",
        "HTTP://App.Example.com   | app.example.com        | false",
        "localhost                | localhost              | false",
        "https://localhost        | localhost              | false",
        "127.0.0.1                | 127.0.0.1              | false",
        "192.168.1.20             | 192.168.1.20           | false",
        "::1                      | [::1]                  | false",
        "[::1]                    | [::1]                  | false",
        "[2001:DB8:0:0:0:0:0:1]   | [2001:db8::1]          | false",
        "2001:db8:0:1:0:0:0:0     | [2001:db8:0:1::]       | false",
        "https://[::1]/           | [::1]                  | false",
      })
  void parse_validEntry_normalises(String input, String host, boolean includeSubdomains) {
    SyncDomain domain = SyncDomains.parse(input);

    assertThat(domain).isEqualTo(new SyncDomain(host, includeSubdomains));
  }

  @ParameterizedTest(name = "{0} refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://example.com          | has scheme ftp",
        "chrome-extension://abcdef  | has scheme chrome-extension",
        "example.com/path           | contains a path",
        "https://example.com/login  | contains a path",
        "example.com?x=1            | contains a path",
        "example.com:8080           | contains a port",
        "https://example.com:8443   | contains a port",
        "localhost:3000             | contains a port",
        "[::1]:8080                 | contains a port",
        "example..com               | has an empty label",
        ".                          | has an empty label",
        "*.                         | has an empty label",
        "..example.com              | has an empty label",
        "example.com..              | has an empty label",
        "exa mple.com               | contains a space",
        "'example.com other.org'    | contains a space",
        "''                         | is empty",
        "com                        | is a public suffix",
        "co.uk                      | is a public suffix",
        "github.io                  | is a public suffix",
        "*.co.uk                    | is a public suffix",
        ".com                       | is a public suffix",
        "https://github.io          | is a public suffix",
        "user@example.com           | contains a user name",
        "exa_mple!.com              | is not a valid host name",
        "999.1.1.1                  | is not a valid host name",
      })
  void parse_invalidEntry_refusedNamingTheProblem(String input, String problem) {
    assertThatThrownBy(() -> SyncDomains.parse(input))
        .isInstanceOf(InvalidSyncDomainException.class)
        .hasMessageContaining("'" + input + "'")
        .hasMessageContaining(problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"com", "co.uk", "github.io"})
  void parse_publicSuffix_saysItWouldSyncEverySite(String input) {
    assertThatThrownBy(() -> SyncDomains.parse(input))
        .hasMessageContaining("it would sync the cookies of every site under it");
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com             | example.com           | true",
        "example.com             | .example.com          | true",
        "example.com             | m.example.com         | true",
        "example.com             | a.b.example.com       | true",
        "example.com             | .M.Example.COM        | true",
        "example.com             | notexample.com        | false",
        "example.com             | example.com.evil.org  | false",
        "example.com             | example.co            | false",
        "example.com             | com                   | false",
        "https://app.example.com | app.example.com       | true",
        "https://app.example.com | .app.example.com      | true",
        "https://app.example.com | m.app.example.com     | false",
        "https://app.example.com | example.com           | false",
        "localhost               | localhost             | true",
        "localhost               | a.localhost           | false",
        "127.0.0.1               | 127.0.0.1             | true",
        "127.0.0.1               | x.127.0.0.1           | false",
        "::1                     | [::1]                 | true",
        "::1                     | ::1                   | true",
        "::1                     | x.[::1]               | false",
      })
  void covers_cookieDomain_matchesDomainAndSubdomainsOnly(
      String entry, String cookieDomain, boolean covered) {
    SyncDomain domain = SyncDomains.parse(entry);

    assertThat(domain.covers(cookieDomain)).isEqualTo(covered);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"localhost", "127.0.0.1", "[::1]"})
  void covers_ipOrLocalhostRecordClaimingSubdomains_stillExactOnly(String host) {
    SyncDomain domain = new SyncDomain(host, true);

    assertThat(domain.covers("a." + host)).isFalse();
    assertThat(domain.covers(host)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"example.com", "https://app.example.com", "localhost", "10.0.0.1", "[::1]"})
  void display_parsedAgain_givesSameEntry(String input) {
    SyncDomain domain = SyncDomains.parse(input);

    assertThat(SyncDomains.parse(domain.display())).isEqualTo(domain);
  }
}
