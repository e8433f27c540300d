package dev.interceptor.adapter.installer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsFamilyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LINUX   | /home/a     | .config/x/     | /home/a/.config/x",
        "MACOS   | /Users/a/   | Library/Application Support | /Users/a/Library/Application Support",
        "WINDOWS | C:\\Users\\a | AppData/Local | C:\\Users\\a\\AppData\\Local",
        "WINDOWS | C:/Users/a  | x              | C:\\Users\\a\\x",
      })
  void join_templateParts_useTheSystemsSeparator(
      OsFamily os, String base, String part, String expected) {
    assertThat(os.join(base, part)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LINUX   | /usr/bin/x      | true",
        "LINUX   | bin/x           | false",
        "WINDOWS | C:\\x\\y.bat    | true",
        "WINDOWS | \\\\server\\x   | true",
        "WINDOWS | C:x.bat         | false",
        "WINDOWS | x\\y.bat        | false",
      })
  void isAbsolute_path_followsTheSystemsRule(OsFamily os, String path, boolean absolute) {
    assertThat(os.isAbsolute(path)).isEqualTo(absolute);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LINUX   | /a/b/c.json | /a/b",
        "LINUX   | /a          | /",
        "WINDOWS | C:\\a\\b    | C:\\a",
        "WINDOWS | C:\\a       | C:\\",
      })
  void parent_path_dropsTheLastName(OsFamily os, String path, String parent) {
    assertThat(os.parent(path)).isEqualTo(parent);
  }
}
