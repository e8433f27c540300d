package dev.interceptor.app.e2e;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For ordered steps that build on each other: once a step fails, the later ones are aborted
 * (reported as skipped, naming the failed step) instead of failing again for the same cause.
 */
final class StopAfterFailure implements TestWatcher, BeforeEachCallback {

  private volatile String failedStep = "";

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (failedStep.isEmpty()) {
      failedStep = context.getDisplayName();
    }
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    testFailed(context, cause);
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    testFailed(context, new IllegalStateException(reason.orElse("disabled")));
  }

  /** Whether any step failed or was aborted so far. */
  boolean anyFailed() {
    return !failedStep.isEmpty();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(failedStep.isEmpty(), () -> "an earlier step failed: " + failedStep);
  }
}
