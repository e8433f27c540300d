package dev.interceptor.app.cli;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for the settings service in command tests: records each command and answers with the
 * settings a test gives, or refuses as the port documents.
 */
final class RecordingSettingsChanges implements ChangeSettingsUseCase {

  final List<ChangeSettingsCommand> received = new ArrayList<>();
  Settings answer = Settings.defaults(Set.of());
  @Nullable String refusal;

  @Override
  public Settings change(ChangeSettingsCommand command) {
    received.add(command);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    return answer;
  }
}
