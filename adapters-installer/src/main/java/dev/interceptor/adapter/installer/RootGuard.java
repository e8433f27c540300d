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

  /** What the guarded command does, in its messages. */
  enum Action {
    INSTALL(
        "install",
        "installing for root only",
        "browsers of other users will not see it",
        "install for every user"),
    UNINSTALL(
        "uninstall",
        "removing root's own registration only",
        "other users' registrations stay",
        "remove the one for every user");

    private final String name;
    private final String doing;
    private final String others;
    private final String system;

    Action(String name, String doing, String others, String system) {
      this.name = name;
      this.doing = doing;
      this.others = others;
      this.system = system;
    }
  }

  /** The refusal message, or empty to go on; a warning is added when acting for root. */
  static Optional<String> check(
      HostEnvironment environment, Scope scope, Action action, List<String> warnings) {
    if (!environment.root() || scope.system()) {
      return Optional.empty();
    }
    String sudoUser = environment.variable("SUDO_USER");
    if (sudoUser != null && !sudoUser.equals("root")) {
      return Optional.of(
          "A per-user "
              + action.name
              + " must not run as root (started through sudo by "
              + sudoUser
              + "): run it again without sudo, or use --system to "
              + action.system);
    }
    warnings.add(
        "Running as root: "
            + action.doing
            + " (home "
            + environment.home()
            + "); "
            + action.others
            + ". Use --system to "
            + action.system);
    return Optional.empty();
  }
}
