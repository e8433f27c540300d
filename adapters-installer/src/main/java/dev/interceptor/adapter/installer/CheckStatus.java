package dev.interceptor.adapter.installer;

/** The result of one doctor check. */
public enum CheckStatus {
  PASS,
  /** Works, but the user should know something. */
  WARN,
  FAIL,
  /** Not checked, because an earlier check failed or it does not apply. */
  SKIPPED
}
