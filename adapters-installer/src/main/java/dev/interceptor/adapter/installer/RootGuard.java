package dev.interceptor.adapter.installer;

import java.util.List;
import java.util.Optional;

/**
 * Case C15: a per-user install run through sudo would register the host for root, where the user's
 * browsers never look. Project rule: refuse when sudo is detected; a real root login (no SUDO_USER)
 * installs for root with a warning.
 */
final class RootGuard {

  private RootGuard() {}

  /** The refusal message, or empty to go on; a warning is added when installing for root. */
  static Optional<String> check(HostEnvironment environment, Scope scope, List<String> warnings) {
    if (!environment.root() || scope.system()) {
      return Optional.empty();
    }
    String sudoUser = environment.variable("SUDO_USER");
    if (sudoUser != null && !sudoUser.equals("root")) {
      return Optional.of(
          "A per-user install must not run as root (started through sudo by "
              + sudoUser
              + "): run it again without sudo, or use --system to install for every user");
    }
    warnings.add(
        "Running as root: installing for root only (home "
            + environment.home()
            + "); browsers of other users will not see it. Use --system to install for every"
            + " user");
    return Optional.empty();
  }
}
