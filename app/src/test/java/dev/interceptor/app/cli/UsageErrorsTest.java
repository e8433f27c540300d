package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad command lines: one line saying what was wrong and what to do, with the usage exit code, and
 * never a Java type or a library's wording.
 */
class UsageErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          capture target collection x --organize bogus | --organize: 'bogus' is not one of \
          flat, host, host-path (see 'interceptor capture target collection --help')
          history list --limit 999999999999 | --limit: '999999999999' is not a whole number \
          from 1 to 2147483647 (see 'interceptor history list --help')
          history list --limit 0 | --limit: '0' is not a whole number from 1 to 2147483647 \
          (see 'interceptor history list --help')
          history list --offset -1 | --offset: '-1' is not a whole number from 0 to 2147483647 \
          (see 'interceptor history list --help')
          history list --status abc | --status: 'abc' is not a whole number from 100 to 599 \
          (see 'interceptor history list --help')
          history export --format har --limit 0 | --limit: '0' is not a whole number of 1 or \
          more (see 'interceptor history export --help')
          watch --interval 5 | --interval: '5' is not a whole number of 10 or more \
          (see 'interceptor watch --help')
          send GET http://a.example/ --timeout x | --timeout: 'x' is not a whole number from 1 \
          to 2147483647 (see 'interceptor send --help')
          --log-level loud status | --log-level: 'loud' is not one of error, warn, info, debug, \
          trace (see 'interceptor --help')
          bogus | unknown command 'bogus' (see 'interceptor --help')
          history lst | unknown command 'lst'; did you mean list? (see 'interceptor history --help')
          history list extra | unexpected argument 'extra' (see 'interceptor history list --help')
          history list --bogus | unknown option '--bogus' (see 'interceptor history list --help')
          cookies list --url http://a.example/ --domain a.example | --domain=DOMAIN, --url=URL \
          are mutually exclusive (specify only one) (see 'interceptor cookies list --help')
          install --profile-dir /tmp/p | --profile-dir needs exactly one --browser NAME
          install --profile-dir /tmp/p --browser chrome,edge | --profile-dir needs exactly one \
          --browser NAME, not chrome, edge
          """)
  void run_badCommandLine_oneLineSayingWhatToDo(String line, String message) {
    CliHarness cli = new CliHarness();

    int code = cli.run(line.split(" "));

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).isEqualTo("interceptor: error: " + message + "\n");
  }
}
