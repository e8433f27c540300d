package dev.interceptor.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirectoryTest {

  @ParameterizedTest(name = "{0} option={1} home={2} xdg={3} localappdata={4} -> {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Linux      | -             | -        | -              | -                        | /home/alice/.local/share/interceptor",
        "Linux      | -             | -        | /data/xdg      | -                        | /data/xdg/interceptor",
        "Linux      | -             | -        | relative/xdg   | -                        | /home/alice/.local/share/interceptor",
        "Linux      | -             | -        | ''             | -                        | /home/alice/.local/share/interceptor",
        "Linux      | -             | /srv/ic  | /data/xdg      | -                        | /srv/ic",
        "Linux      | /tmp/opt      | /srv/ic  | /data/xdg      | -                        | /tmp/opt",
        "FreeBSD    | -             | -        | -              | -                        | /home/alice/.local/share/interceptor",
        "Mac OS X   | -             | -        | /data/xdg      | -                        | /home/alice/Library/Application Support/Interceptor",
        "Mac OS X   | -             | /srv/ic  | -              | -                        | /srv/ic",
        "Windows 11 | -             | -        | -              | C:\\Users\\Zoë\\AppData\\Local | C:\\Users\\Zoë\\AppData\\Local\\Interceptor",
        "Windows 11 | -             | -        | -              | -                        | /home/alice\\AppData\\Local\\Interceptor",
        "Windows 10 | D:\\Data      | -        | -              | C:\\Local                | D:\\Data",
      })
  void locate_platformAndOverrides_choosesDirectory(
      String os,
      String option,
      String interceptorHome,
      String xdg,
      String localAppData,
      String expected) {
    Map<String, String> env = new HashMap<>();
    if (interceptorHome != null) {
      env.put("INTERCEPTOR_HOME", interceptorHome);
    }
    if (xdg != null) {
      env.put("XDG_DATA_HOME", xdg);
    }
    if (localAppData != null) {
      env.put("LOCALAPPDATA", localAppData);
    }

    String located = DataDirectory.locate(option, os, env, "/home/alice");

    assertThat(located).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Linux      | /home/bob/.local/share/interceptor",
        "Mac OS X   | /home/bob/Library/Application Support/Interceptor",
        "Windows 11 | /home/bob\\AppData\\Local\\Interceptor",
      })
  void locate_blankOverrides_areIgnored(String os, String expected) {
    Map<String, String> env = Map.of("INTERCEPTOR_HOME", "  ", "LOCALAPPDATA", "");

    String located = DataDirectory.locate(" ", os, env, "/home/bob");

    assertThat(located).isEqualTo(expected);
  }
}
