package dev.interceptor.app.cli;

import dev.interceptor.app.cli.ParseErrors.BadValue;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters for whole-number options with a range, so that a value out of range, or too large for
 * Java's types, is refused while parsing with a message giving the range.
 */
final class WholeNumber {

  private WholeNumber() {}

  /** The end of a message that starts with the refused value: "is not a whole number ...". */
  static String range(long min, long max) {
    if (max == Long.MAX_VALUE && min > Long.MIN_VALUE) {
      return "is not a whole number of " + min + " or more";
    }
    return "is not a whole number from " + min + " to " + max;
  }

  static long parse(String text, long min, long max) {
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new BadValue("'" + text + "' " + range(min, max));
    }
    if (value < min || value > max) {
      throw new BadValue("'" + text + "' " + range(min, max));
    }
    return value;
  }

  /** Counts such as {@code --limit}: 1 or more. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) parse(value, 1, Integer.MAX_VALUE);
    }
  }

  /** Offsets: 0 or more. */
  static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) parse(value, 0, Integer.MAX_VALUE);
    }
  }

  /** Counts held in a {@code long}: 1 or more. */
  static final class AtLeastOneLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return parse(value, 1, Long.MAX_VALUE);
    }
  }

  /** Polling intervals in milliseconds: 10 or more, so a watch does not spin. */
  static final class IntervalMillis implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return parse(value, 10, Long.MAX_VALUE);
    }
  }

  /** An HTTP response status, as RFC 9110 15 defines them: three digits, 100 to 599. */
  static final class HttpStatus implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) parse(value, 100, 599);
    }
  }
}
