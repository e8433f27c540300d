package dev.interceptor.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteCookieJarTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com          | example.com com",
        "A.B.Example.com      | a.b.example.com b.example.com example.com com",
        "www.example.com.     | www.example.com example.com com",
        "localhost            | localhost",
        "192.168.0.10         | 192.168.0.10",
        "::1                  | ::1",
      })
  void hostAndParents_host_listsHostThenEachParent(String host, String expected) {
    assertThat(SqliteCookieJar.hostAndParents(host))
        .containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
  }
}
