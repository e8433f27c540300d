package dev.interceptor.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says in a user's words what was wrong with a command line. Picocli's own messages name Java types
 * ("is not an int", "cannot convert ... (java.lang.IllegalArgumentException ...)") and repeat its
 * "Error:" prefix; every parse failure goes through here instead.
 */
final class ParseErrors {

  private static final String INVALID_PREFIX = "Error: ";

  private ParseErrors() {}

  /** One line without the {@code (see ... --help)} hint, which the caller adds. */
  static String describe(ParameterException failure) {
    if (failure instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (failure.getArgSpec() != null && failure.getValue() != null && failure.getCause() != null) {
      return badValue(failure.getArgSpec(), failure.getValue(), failure.getCause());
    }
    String message = ErrorHandler.firstLine(failure.getMessage());
    return message.startsWith(INVALID_PREFIX)
        ? message.substring(INVALID_PREFIX.length())
        : message;
  }

  private static String unmatched(UnmatchedArgumentException failure) {
    List<String> words = failure.getUnmatched();
    String first = words.isEmpty() ? "" : words.get(0);
    String what;
    if (first.startsWith("-")) {
      what = "unknown option '" + first + "'";
    } else if (!failure.getCommandLine().getSubcommands().isEmpty()) {
      what = "unknown command '" + first + "'";
    } else {
      what = "unexpected argument '" + first + "'";
    }

    // Picocli suggests any command sharing a pair of letters ('bogus': status); a typo of a real
    // name nearly always keeps its first letter, so only those are offered.
    List<String> suggestions =
        failure.getSuggestions().stream()
            .filter(s -> !first.isEmpty() && !s.isEmpty() && s.charAt(0) == first.charAt(0))
            .toList();
    return suggestions.isEmpty()
        ? what
        : what + "; did you mean " + String.join(" or ", suggestions) + "?";
  }

  private static String badValue(ArgSpec arg, String value, Throwable cause) {
    String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    // A converter of ours already says what it accepts, in the user's words.
    if (cause instanceof BadValue) {
      return name + ": " + cause.getMessage();
    }

    Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
    String quoted = "'" + value + "'";
    if (type.isEnum()) {
      return name + ": " + quoted + " is not one of " + String.join(", ", candidates(arg, type));
    }
    if (type == int.class || type == Integer.class) {
      return name + ": " + quoted + " " + WholeNumber.range(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return name + ": " + quoted + " " + WholeNumber.range(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
      return name + ": " + ErrorHandler.firstLine(cause.getMessage());
    }
    return name + ": " + quoted + " is not a valid " + arg.paramLabel();
  }

  // Enum options accept their constants without regard to case, so the lower-case form is valid.
  private static List<String> candidates(ArgSpec arg, Class<?> type) {
    List<String> names = new ArrayList<>();
    Iterable<String> given = arg.completionCandidates();
    if (given != null) {
      given.forEach(c -> names.add(c.toLowerCase(Locale.ROOT)));
    }
    if (names.isEmpty()) {
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** A value a converter of ours refused; its message names the value and what is accepted. */
  static final class BadValue extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }
}
