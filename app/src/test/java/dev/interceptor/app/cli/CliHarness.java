package dev.interceptor.app.cli;

import static org.mockito.Mockito.mock;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.interceptor.adapter.installer.BrowserDefinition;
import dev.interceptor.adapter.installer.Browsers;
import dev.interceptor.adapter.installer.Doctor;
import dev.interceptor.adapter.installer.FileSystemPort;
import dev.interceptor.adapter.installer.HostEnvironment;
import dev.interceptor.adapter.installer.HostInstaller;
import dev.interceptor.adapter.installer.LaunchSpec;
import dev.interceptor.adapter.installer.OsFamily;
import dev.interceptor.adapter.installer.ProcessPort;
import dev.interceptor.adapter.installer.RegistryPort;
import dev.interceptor.adapter.nativemessaging.FrameSpool;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.ExportModule;
import dev.interceptor.app.ReplayModule;
import dev.interceptor.core.port.in.ApplyCookieChangeUseCase;
import dev.interceptor.core.port.in.ApplyCookieSnapshotUseCase;
import dev.interceptor.core.port.in.CaptureRequestUseCase;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreTransactions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command tree against mocked driven ports and use cases, and a recording settings
 * service.
 */
final class CliHarness {

  static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");

  final SettingsStore settings = mock(SettingsStore.class);
  final HostSessions sessions = mock(HostSessions.class);
  final CaptureHistory history = mock(CaptureHistory.class);
  final CookieJar jar = mock(CookieJar.class);
  final CaptureCollections collections = mock(CaptureCollections.class);
  final StoreTransactions transactions = mock(StoreTransactions.class);
  final RecordingSettingsChanges changes = new RecordingSettingsChanges();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    CliPrinter printer = new CliPrinter(out, err, false);
    Injector injector =
        Guice.createInjector(new PortsModule(printer), new ExportModule(), new ReplayModule());
    return CommandLines.run(new GuiceCommandFactory(injector), printer, List.of(args));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private final class PortsModule extends AbstractModule {

    private final CliPrinter printer;

    PortsModule(CliPrinter printer) {
      this.printer = printer;
    }

    @Override
    protected void configure() {
      bind(CliPrinter.class).toInstance(printer);
      bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
      bind(SettingsStore.class).toInstance(settings);
      bind(HostSessions.class).toInstance(sessions);
      bind(CaptureHistory.class).toInstance(history);
      bind(CookieJar.class).toInstance(jar);
      bind(ChangeSettingsUseCase.class).toInstance(changes);
      bind(CaptureCollections.class).toInstance(collections);
      bind(SqliteStore.class).toInstance(mock(SqliteStore.class));
      bind(StoreTransactions.class).toInstance(transactions);
      bind(CaptureRequestUseCase.class).toInstance(mock(CaptureRequestUseCase.class));
      bind(ApplyCookieSnapshotUseCase.class).toInstance(mock(ApplyCookieSnapshotUseCase.class));
      bind(ApplyCookieChangeUseCase.class).toInstance(mock(ApplyCookieChangeUseCase.class));
      bind(FrameSpool.class).toInstance(FrameSpool.in(Path.of("/nonexistent/data")));
      bindInstaller();
    }

    // Real installer objects on a home that does not exist: only help and parsing use them here.
    private void bindInstaller() {
      HostEnvironment nowhere =
          new HostEnvironment(OsFamily.LINUX, "/nonexistent/home", Map.of(), false);
      List<BrowserDefinition> browsers = Browsers.defaults();
      bind(HostInstaller.class)
          .toInstance(
              new HostInstaller(nowhere, FileSystemPort.local(), RegistryPort.none(), browsers));
      bind(Doctor.class)
          .toInstance(
              new Doctor(
                  nowhere,
                  FileSystemPort.local(),
                  RegistryPort.none(),
                  ProcessPort.local(),
                  browsers));
      bind(HostPlacement.class)
          .toInstance(
              new HostPlacement(
                  Path.of("/nonexistent/data/bin"),
                  Path.of("/nonexistent/app/bin"),
                  Path.of("/nonexistent/data"),
                  List.of("aclblkgnlianipdjkdhdjopimdphplle"),
                  new LaunchSpec(
                      List.of("/nonexistent/jdk"),
                      List.of("/nonexistent/app/lib/*"),
                      "dev.interceptor.app.Main",
                      List.of())));
    }
  }
}
