package dev.interceptor.adapter.installer;

import java.util.List;

/**
 * What install or uninstall did, item by item, for the CLI to print as text or JSON.
 *
 * @param outcome the overall result
 * @param message one line for a refusal (what and what to do), else empty
 * @param items every item touched or considered, in order
 * @param warnings things the user should know although nothing failed (root, Flatpak)
 */
public record InstallReport(
    InstallOutcome outcome, String message, List<InstallItem> items, List<String> warnings) {

  public InstallReport {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  static InstallReport refused(String message) {
    return new InstallReport(InstallOutcome.REFUSED, message, List.of(), List.of());
  }

  static InstallReport of(List<InstallItem> items, List<String> warnings) {
    boolean problems = items.stream().anyMatch(item -> item.change().isProblem());
    return new InstallReport(
        problems ? InstallOutcome.PARTIAL : InstallOutcome.COMPLETED, "", items, warnings);
  }

  /** Whether anything on disk or in the registry was created, updated or removed. */
  public boolean changedAnything() {
    return items.stream()
        .anyMatch(
            item ->
                item.change() == ItemChange.CREATED
                    || item.change() == ItemChange.UPDATED
                    || item.change() == ItemChange.REMOVED);
  }
}
