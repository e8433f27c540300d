package dev.interceptor.adapter.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionIdsTest {

  @ParameterizedTest
  @CsvSource({
    "abcdefghijklmnopabcdefghijklmnop, CHROMIUM, abcdefghijklmnopabcdefghijklmnop",
    "chrome-extension://abcdefghijklmnopabcdefghijklmnop/, CHROMIUM, abcdefghijklmnopabcdefghijklmnop",
    "chrome-extension://abcdefghijklmnopabcdefghijklmnop, CHROMIUM, abcdefghijklmnopabcdefghijklmnop",
    "bridge@example.com, FIREFOX, bridge@example.com",
    "{12345678-1234-1234-1234-123456789abc}, FIREFOX, {12345678-1234-1234-1234-123456789abc}",
  })
  void parse_knownForm_sortsIntoItsFamily(String raw, BrowserFamily family, String expected) {
    ExtensionIds ids = ExtensionIds.parse(List.of(raw));

    assertThat(ids.forFamily(family)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP", "qrstuvwxyzqrstuvwxyzqrstuvwxyzqr", ""})
  void parse_unknownForm_throwsNamingTheId(String raw) {
    assertThatThrownBy(() -> ExtensionIds.parse(List.of(raw)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + raw + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "dev.interceptor.bridge, true",
    "com_example.host1, true",
    "Dev.interceptor, false",
    ".leading, false",
    "trailing., false",
    "double..dot, false",
    "with-dash, false",
  })
  void isValid_hostName_followsChromesRule(String name, boolean valid) {
    assertThat(HostName.isValid(name)).isEqualTo(valid);
  }
}
