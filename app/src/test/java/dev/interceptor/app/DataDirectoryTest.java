package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The app follows the storage adapter's rule; each source of the directory is checked once. */
class DataDirectoryTest {

  private static final Path HOME = Path.of("/home/alice");

  @ParameterizedTest(name = "{0} --data-dir={1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Linux    | ''          | ''                         | /home/alice/.local/share/interceptor",
        "Linux    | ''          | XDG_DATA_HOME=/data        | /data/interceptor",
        "Linux    | ''          | XDG_DATA_HOME=relative/dir | /home/alice/.local/share/interceptor",
        "Linux    | ''          | INTERCEPTOR_HOME=/srv/ic   | /srv/ic",
        "Linux    | /opt/chosen | INTERCEPTOR_HOME=/srv/ic   | /opt/chosen",
        "Linux    | /opt/a/../b | ''                         | /opt/b",
        "Mac OS X | ''          | ''                         | /home/alice/Library/Application Support/Interceptor",
        "FreeBSD  | ''          | ''                         | /home/alice/.local/share/interceptor",
      })
  void resolve_table(String os, String option, String variable, String expected) {
    Map<String, String> env = new HashMap<>();
    if (!variable.isEmpty()) {
      String[] pair = variable.split("=", 2);
      env.put(pair[0], pair[1]);
    }

    DataDirectory directory =
        DataDirectory.resolve(option.isEmpty() ? null : option, env, os, HOME);

    assertThat(directory.path()).isEqualTo(Path.of(expected));
    assertThat(directory.logFile()).isEqualTo(Path.of(expected, "interceptor.log"));
  }
}
