package dev.interceptor.app;

import java.util.List;
import java.util.Optional;

/**
 * Reads an option from the raw arguments before picocli parses them, for the few options that must
 * take effect before the injector exists ({@code --log-level}, {@code --data-dir}). Picocli still
 * parses and validates them afterwards.
 */
final class EarlyOptions {

  private EarlyOptions() {}

  /** The value of {@code option} given as {@code --opt=value} or {@code --opt value}. */
  static Optional<String> value(List<String> args, String option) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.startsWith(option + "=")) {
        return Optional.of(arg.substring(option.length() + 1));
      }
      if (arg.equals(option) && i + 1 < args.size()) {
        return Optional.of(args.get(i + 1));
      }
    }
    return Optional.empty();
  }
}
