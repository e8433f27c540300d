package dev.interceptor.app.cli;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/**
 * Applies one settings change for a command and prints the outcome: a sentence for people, or the
 * resulting settings as JSON.
 */
final class SettingsChanges {

  private final ChangeSettingsUseCase useCase;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  SettingsChanges(ChangeSettingsUseCase useCase, CliPrinter printer, JsonOutput jsonOutput) {
    this.useCase = useCase;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  /** Applies {@code command}; {@code describe} prints the human text from the new settings. */
  int apply(ChangeSettingsCommand command, boolean asJson, Consumer<Settings> describe) {
    Settings changed = useCase.change(command);

    if (asJson) {
      jsonOutput.print(SettingsView.of(changed));
    } else {
      describe.accept(changed);
    }
    return ExitCode.OK.code();
  }

  CliPrinter printer() {
    return printer;
  }

  JsonOutput jsonOutput() {
    return jsonOutput;
  }
}
