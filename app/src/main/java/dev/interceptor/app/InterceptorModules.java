package dev.interceptor.app;

import com.google.inject.Module;
import dev.interceptor.app.cli.CliPrinter;
import java.util.List;

/** Every module of the production injector, one per feature or adapter. */
final class InterceptorModules {

  private InterceptorModules() {}

  static List<Module> all(DataDirectory dataDirectory, CliPrinter printer) {
    return List.of(
        new EnvironmentModule(dataDirectory),
        new StorageModule(),
        new ServicesModule(),
        new CliModule(printer),
        new ExportModule(),
        new ReplayModule(),
        new InstallerModule());
  }
}
