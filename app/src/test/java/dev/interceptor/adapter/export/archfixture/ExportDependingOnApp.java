package dev.interceptor.adapter.export.archfixture;

import dev.interceptor.app.cli.ExitCode;

/** Breaks "nothing outside app depends on app". */
public final class ExportDependingOnApp {

  public int failure() {
    return ExitCode.OUTPUT.code();
  }
}
