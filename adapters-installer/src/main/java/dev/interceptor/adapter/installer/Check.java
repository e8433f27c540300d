package dev.interceptor.adapter.installer;

/**
 * One doctor check.
 *
 * @param id a stable identifier ({@code manifest.present}, {@code registry.key}, ...)
 * @param status the result
 * @param detail what was found
 * @param fix for WARN and FAIL, the command or step that fixes it; else empty
 */
public record Check(String id, CheckStatus status, String detail, String fix) {

  public Check {
    if ((status == CheckStatus.FAIL) && fix.isEmpty()) {
      throw new IllegalArgumentException("a failed check needs a fix: " + id);
    }
  }

  static Check pass(String id, String detail) {
    return new Check(id, CheckStatus.PASS, detail, "");
  }

  static Check fail(String id, String detail, String fix) {
    return new Check(id, CheckStatus.FAIL, detail, fix);
  }

  static Check warn(String id, String detail, String fix) {
    return new Check(id, CheckStatus.WARN, detail, fix);
  }
}
