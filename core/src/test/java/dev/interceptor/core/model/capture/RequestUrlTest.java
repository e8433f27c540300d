package dev.interceptor.core.model.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestUrlTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://Api.Example.com/v1/users?x=1  | https | api.example.com | -1   | /v1/users",
        "http://localhost:8080                 | http  | localhost       | 8080 | /",
        "https://u:p@example.com:443/a#f       | https | example.com     | 443  | /a",
        "http://[::1]:3000/x                   | http  | [::1]           | 3000 | /x",
        "about:blank                           | about | ''              | -1   | /",
        "file:///etc/hosts                     | file  | ''              | -1   | /etc/hosts",
      })
  void parse_urls_splitsParts(String url, String scheme, String host, int port, String path) {
    RequestUrl parsed = RequestUrl.parse(url).orElseThrow();

    assertThat(parsed).isEqualTo(new RequestUrl(scheme, host, port, path));
  }

  @org.junit.jupiter.api.Test
  void parse_queryWithCharactersUriRefuses_stillSplits() {
    RequestUrl parsed = RequestUrl.parse("https://x.test/s?q={a|b}^").orElseThrow();

    assertThat(parsed).isEqualTo(new RequestUrl("https", "x.test", -1, "/s"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"''", "/relative", "1http://x", "http://x:99999/", "http://x:8a/"})
  void parse_unusable_empty(String url) {
    assertThat(RequestUrl.parse(url)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://x.test:443/, x.test",
    "http://x.test:80/, x.test",
    "https://x.test:8443/, x.test:8443",
    "http://x.test:443/, x.test:443",
    "http://[::1]:8080/, [::1]:8080"
  })
  void hostAndPort_defaultPortLeftOut(String url, String expected) {
    assertThat(RequestUrl.parse(url).orElseThrow().hostAndPort()).isEqualTo(expected);
  }
}
