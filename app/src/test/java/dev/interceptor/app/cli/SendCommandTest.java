package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@code send} explains a command line whose method or URL is out of place. */
class SendCommandTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://example.com/             | the METHOD comes before the URL, for example: interceptor send GET https://example.com/
          https://example.com/ GET         | the METHOD comes before the URL, for example: interceptor send GET https://example.com/
          POST                             | the URL is missing after POST, for example: interceptor send POST https://example.com/
          """)
  void send_methodOrUrlOutOfPlace_saysWhichComesFirstWithAnExample(String line, String message) {
    CliHarness cli = new CliHarness();
    String[] args = ("send " + line).split(" ");

    int code = cli.run(args);

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).isEqualTo("interceptor: error: " + message + "\n");
  }

  @Test
  void send_bodyFileMissing_namesTheOptionAndTheFile(@TempDir Path dir) {
    CliHarness cli = new CliHarness();
    Path missing = dir.resolve("body.bin");

    int code = cli.run("send", "POST", "http://a.example/", "--data-binary", "@" + missing);

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: --data-binary: " + missing + " does not exist: check the path\n");
  }

  @Test
  void help_send_showsMethodThenUrlAsRequired() {
    CliHarness cli = new CliHarness();

    cli.run("send", "--help");

    assertThat(cli.out()).contains(" METHOD URL").doesNotContain("[URL]");
  }
}
