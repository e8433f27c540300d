package dev.interceptor.core.model.capture;

/**
 * A capture filter setting was refused: a URL pattern that does not compile, or a method name that
 * is not an HTTP token.
 *
 * <p>{@link #getMessage()} names the setting, the input and the problem, for example {@code include
 * pattern '*.example.com' is invalid: Dangling meta character '*' near index 0}. {@link #reason()}
 * is the problem alone ({@code Dangling meta character '*' near index 0}), for replies that carry
 * the setting separately; {@link #index()} is the position in the input, or -1.
 */
public final class InvalidFilterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String setting;
  private final String reason;
  private final int index;

  public InvalidFilterException(String setting, String input, String reason, int index) {
    super(setting + " '" + input + "' is invalid: " + reason);
    this.setting = setting;
    this.reason = reason;
    this.index = index;
  }

  /**
   * Which setting was refused: {@code include pattern}, {@code exclude pattern} or {@code method}.
   */
  public String setting() {
    return setting;
  }

  /** What is wrong, with the position for a pattern. */
  public String reason() {
    return reason;
  }

  /** The position of the problem in the input (0-based), or -1 when it concerns the whole input. */
  public int index() {
    return index;
  }
}
