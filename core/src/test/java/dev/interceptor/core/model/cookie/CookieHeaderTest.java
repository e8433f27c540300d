package dev.interceptor.core.model.cookie;

import static dev.interceptor.core.testing.TestCookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookieHeaderTest {

  @Test
  void parse_c21HeaderWithEqualsQuotesFlagAndEmpty_keepsValuesExactly() {
    List<CookiePair> pairs = CookieHeader.parse("a=1; token=abc123==; twid=\"u=42\"; flag; empty=");

    assertThat(pairs)
        .containsExactly(
            new CookiePair("a", "1"),
            new CookiePair("token", "abc123=="),
            new CookiePair("twid", "\"u=42\""),
            new CookiePair("", "flag"),
            new CookiePair("empty", ""));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                      | 0",
        "';;  ; '                | 0",
        "'a=1;b=2'               | 2",
        "'  a = 1 ;   b=2  '     | 2",
        "'=novalue'              | 1",
        "'a=1;;b=2;'             | 2",
        "'='                     | 1",
      })
  void parse_oddHeaders_neverThrowsAndCountsPairs(String header, int count) {
    assertThat(CookieHeader.parse(header)).hasSize(count);
  }

  @Test
  void parse_spacesAndTabsAroundParts_trimmed() {
    assertThat(CookieHeader.parse(" a = 1 ;\tb=2\t"))
        .containsExactly(new CookiePair("a", "1"), new CookiePair("b", "2"));
  }

  @Test
  void format_c21ValuesWithEqualsAndQuotes_byteExact() {
    List<Cookie> cookies =
        List.of(
            cookie("token", "abc123==").build(),
            cookie("twid", "\"u=42\"").build(),
            cookie("jwt", "eyJhbGciOiJIUzI1NiJ9.e30.sig==").build());

    assertThat(CookieHeader.format(cookies))
        .isEqualTo("token=abc123==; twid=\"u=42\"; jwt=eyJhbGciOiJIUzI1NiJ9.e30.sig==");
  }

  @Test
  void format_emptyNameAndEmptyValue_writtenAsBrowsersDo() {
    List<Cookie> cookies = List.of(cookie("", "flag").build(), cookie("empty", "").build());

    assertThat(CookieHeader.format(cookies)).isEqualTo("flag; empty=");
  }

  @Test
  void parseThenFormat_c21Header_roundTripsExactly() {
    String header = "a=1; token=abc123==; twid=\"u=42\"; flag; empty=";
    List<Cookie> cookies =
        CookieHeader.parse(header).stream().map(p -> cookie(p.name(), p.value()).build()).toList();

    assertThat(CookieHeader.format(cookies)).isEqualTo(header);
  }
}
