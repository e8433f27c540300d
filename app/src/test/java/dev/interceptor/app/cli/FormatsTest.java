package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0 requests",
    "1, 1 request",
    "2, 2 requests",
    "-1, -1 requests",
  })
  void count_eachNumber_takesTheNounThatFitsIt(long count, String text) {
    assertThat(Formats.count(count, "request", "requests")).isEqualTo(text);
  }
}
