package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.app.cli.LogLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogSettingsTest {

  @ParameterizedTest(name = "[{0}] env={1} -> {2} explicit={3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "unset",
      value = {
        "status                          | unset | INFO  | false",
        "status --log-level=debug        | unset | DEBUG | true",
        "host --log-level TRACE          | unset | TRACE | true",
        "status                          | warn  | WARN  | true",
        "status --log-level=error        | debug | ERROR | true",
        "status --log-level=loud         | debug | DEBUG | true",
        "status                          | loud  | INFO  | false",
        "status -- --log-level=trace     | unset | INFO  | false",
      })
  void from_optionWinsOverEnvironment(String line, String env, LogLevel level, boolean explicit) {
    Map<String, String> environment = env == null ? Map.of() : Map.of(LogSettings.ENV, env);

    LogSettings settings = LogSettings.from(List.of(line.split(" ")), environment);

    assertThat(settings).isEqualTo(new LogSettings(level, explicit));
  }

  @ParameterizedTest
  @CsvSource({"INFO, false, WARN", "DEBUG, true, DEBUG", "ERROR, true, ERROR"})
  void stderrLevel_warnUnlessChosen(LogLevel level, boolean explicit, LogLevel stderr) {
    assertThat(new LogSettings(level, explicit).stderrLevel()).isEqualTo(stderr);
  }
}
