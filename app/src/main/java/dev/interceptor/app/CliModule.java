package dev.interceptor.app;

import com.google.inject.AbstractModule;
import dev.interceptor.app.cli.CliPrinter;

/** The command line: its printer, made in {@code main} on the process's standard streams. */
final class CliModule extends AbstractModule {

  private final CliPrinter printer;

  CliModule(CliPrinter printer) {
    this.printer = printer;
  }

  @Override
  protected void configure() {
    bind(CliPrinter.class).toInstance(printer);
  }
}
