package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.BrowserDiagnosis;
import dev.interceptor.adapter.installer.Check;
import dev.interceptor.adapter.installer.CheckStatus;
import dev.interceptor.adapter.installer.OverallState;
import dev.interceptor.adapter.installer.RoundTrip;
import jakarta.inject.Inject;

/**
 * Prints the doctor's findings for people: the overall state first, then each check with a mark
 * and, for each failed or doubtful one, its fix. Marks are ✓ ✗ ! - in colour on a terminal, and
 * plain ASCII words whenever colour is off (not a terminal, {@code NO_COLOR}, {@code TERM=dumb}).
 */
final class DoctorReportText {

  private static final String INDENT = "  ";

  private final CliPrinter printer;

  @Inject
  DoctorReportText(CliPrinter printer) {
    this.printer = printer;
  }

  void print(DoctorView view) {
    printer.line(state(view.state(), view.summary()));
    if (!view.fix().isEmpty()) {
      printer.line(INDENT + "next: " + view.fix());
    }
    printer.line("");
    printCheck(view.store(), INDENT);

    for (BrowserDiagnosis browser : view.browsers()) {
      printer.line("");
      String manifest = browser.manifest().isEmpty() ? "" : "  " + browser.manifest();
      printer.line(printer.bold(browser.displayName() + " (" + browser.browser() + ")") + manifest);
      for (Check check : browser.checks()) {
        printCheck(check, INDENT);
      }
    }

    printer.line("");
    printRoundTrip(view.roundTrip());
    printer.line("");
    printer.line(
        view.healthy()
            ? printer.good("Every check passed.")
            : printer.bad("Some checks failed:") + " apply the fixes above, then run it again.");
  }

  private String state(OverallState state, String summary) {
    if (state == OverallState.CONNECTED) {
      return printer.good(summary);
    }
    return state == OverallState.NOT_CONNECTED ? printer.bold(summary) : printer.bad(summary);
  }

  private void printCheck(Check check, String indent) {
    printer.line(indent + mark(check.status()) + " " + check.id() + ": " + check.detail());
    if (!check.fix().isEmpty() && check.status() != CheckStatus.PASS) {
      printer.line(indent + "    fix: " + check.fix());
    }
  }

  private void printRoundTrip(RoundTrip trip) {
    String browser = trip.browser().isEmpty() ? "" : " with " + trip.browser() + "'s manifest";
    printer.line(printer.bold("Live test") + browser);
    printer.line(INDENT + mark(trip.status()) + " hello round trip: " + trip.detail());
    if (!trip.command().isEmpty()) {
      printer.line(INDENT + "    started: " + String.join(" ", trip.command()));
    }
    if (!trip.fix().isEmpty()) {
      printer.line(INDENT + "    fix: " + trip.fix());
    }
  }

  private String mark(CheckStatus status) {
    if (!printer.color()) {
      return switch (status) {
        case PASS -> "[ok]  ";
        case WARN -> "[warn]";
        case FAIL -> "[FAIL]";
        case SKIPPED -> "[skip]";
      };
    }
    return switch (status) {
      case PASS -> printer.good("✓");
      case WARN -> printer.bold("!");
      case FAIL -> printer.bad("✗");
      case SKIPPED -> printer.dim("-");
    };
  }
}
