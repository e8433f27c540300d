package dev.interceptor.core.model.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionIdsTest {

  @ParameterizedTest
  @CsvSource({
    "aclblkgnlianipdjkdhdjopimdphplle, aclblkgnlianipdjkdhdjopimdphplle",
    "'  abcdefghijklmnopabcdefghijklmnop ', abcdefghijklmnopabcdefghijklmnop",
    "bridge@example.com, bridge@example.com",
    "@bridge, @bridge",
    "{9a41b0e6-1c2d-4e5f-8a9b-0c1d2e3f4a5b}, {9a41b0e6-1c2d-4e5f-8a9b-0c1d2e3f4a5b}",
  })
  void validate_acceptedForm_returnsStrippedId(String input, String expected) {
    assertThat(ExtensionIds.validate(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "notanid",
        "has space",
        "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        "abcdefghijklmnopabcdefghijklmno",
        "chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/",
        "{not-a-guid}"
      })
  void validate_otherText_refusedNamingTheForms(String input) {
    assertThatThrownBy(() -> ExtensionIds.validate(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an extension id")
        .hasMessageContaining("32 letters a to p");
  }
}
