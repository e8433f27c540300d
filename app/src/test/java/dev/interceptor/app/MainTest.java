package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/ | true",
        "chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/ --parent-window=0 | true",
        "host chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/ | true",
        "host chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/ --parent-window=7 | true",
        "host /home/u/.mozilla/native-messaging-hosts/x.json interceptor@example.org | true",
        "/home/u/.mozilla/native-messaging-hosts/x.json interceptor@example.org | true",
        "host --help | false",
        "host chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/ --data-dir /tmp/x | false",
        "host | false",
        "status | false",
        "capture on | false",
      })
  void isBrowserStart_arguments_onlyABrowsersOwn(String line, boolean expected) {
    List<String> args = Arrays.asList(line.trim().split(" "));

    assertThat(Main.isBrowserStart(args)).isEqualTo(expected);
  }
}
