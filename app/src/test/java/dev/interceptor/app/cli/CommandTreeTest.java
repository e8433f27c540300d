package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CommandTreeTest {

  @Test
  void help_listsTheCommandsThatExist() {
    CliHarness cli = new CliHarness();

    int code = cli.run("--help");

    assertThat(code).isZero();
    assertThat(cli.out())
        .contains("status", "capture", "cookies", "history")
        .contains("Exit codes:", "    3   the store could not be read or written")
        .contains("--log-level=LEVEL", "--debug");
    assertThat(cli.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void help_everyCommand_hasDescriptionAndExample(String command) {
    CliHarness cli = new CliHarness();
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");

    int code = cli.run(args.toArray(new String[0]));

    assertThat(code).isZero();
    assertThat(cli.out()).contains("Usage: interceptor " + command).contains("Example:");
    assertThat(cli.out()).containsPattern("\n  interceptor " + command.split(" ")[0]);
  }

  @Test
  void storeCreation_readOnlyCommands_allExistInTheTree() {
    assertThat(everyCommand()).containsAll(StoreCreation.READ_ONLY);
  }

  @Test
  void unknownCommand_isOneLineUsageError() {
    CliHarness cli = new CliHarness();

    int code = cli.run("frobnicate");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err())
        .isEqualTo("interceptor: error: unknown command 'frobnicate' (see 'interceptor --help')\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void missingSubcommand_isUsageError() {
    CliHarness cli = new CliHarness();

    int code = cli.run("cookies", "domains");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).startsWith("interceptor: error: Missing required subcommand");
  }

  /** Every command and subcommand, as the words typed after {@code interceptor}. */
  static List<String> everyCommand() {
    CliPrinter silent =
        new CliPrinter(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);
    CommandLine root =
        CommandLines.create(CommandLine.defaultFactory(), silent, new ErrorHandler(silent));
    List<String> names = new ArrayList<>();
    collect(root, "", names);
    return names;
  }

  private static void collect(CommandLine command, String prefix, List<String> names) {
    for (var sub : command.getSubcommands().entrySet()) {
      String name = (prefix + " " + sub.getKey()).strip();
      names.add(name);
      collect(sub.getValue(), name, names);
    }
  }
}
