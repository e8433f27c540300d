package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliPrinterTest {

  @ParameterizedTest(name = "NO_COLOR={0} TERM={1} -> {2}")
  @CsvSource(
      nullValues = "unset",
      value = {
        "unset, xterm-256color, true",
        "'',    xterm,          true",
        "1,     xterm,          false",
        "true,  unset,          false",
        "unset, dumb,           false",
      })
  void colorAllowed_followsNoColorAndDumbTerminals(String noColor, String term, boolean expected) {
    Map<String, String> env = new HashMap<>();
    if (noColor != null) {
      env.put("NO_COLOR", noColor);
    }
    if (term != null) {
      env.put("TERM", term);
    }

    assertThat(CliPrinter.colorAllowed(env)).isEqualTo(expected);
  }

  @Test
  void error_withoutColor_isPlainOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliPrinter printer = new CliPrinter(new ByteArrayOutputStream(), err, false);

    printer.error("cannot open the store");

    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("interceptor: error: cannot open the store\n");
  }

  @Test
  void error_withColor_paintsOnlyTheWordError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliPrinter printer = new CliPrinter(new ByteArrayOutputStream(), err, true);

    printer.error("x");

    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("interceptor: \u001b[31merror\u001b[0m: x\n");
  }
}
