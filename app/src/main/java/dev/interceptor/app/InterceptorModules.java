package dev.interceptor.app;

import com.google.inject.Module;
import dev.interceptor.app.cli.CliPrinter;
import java.util.List;

/** Every module of the production injector, one per feature or adapter. */
final class InterceptorModules {

  private InterceptorModules() {}

  /**
   * What a host that a browser started needs: the store and the use cases. The command line's
   * export, replay and installer adapters stay out, so the host builds in less time; the browser is
   * sending captures while it does.
   */
  static List<Module> host(DataDirectory dataDirectory) {
    return List.of(new EnvironmentModule(dataDirectory), new StorageModule(), new ServicesModule());
  }

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
