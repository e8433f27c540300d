package dev.interceptor.app.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.ExportModule;
import dev.interceptor.app.ReplayModule;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.ExtensionNotifier;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.service.ChangeSettingsService;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Runs the real command tree through Guice against a real SQLite store in a directory. Every host
 * name resolves to 127.0.0.1, so requests to {@code http://app.example.com:PORT/} reach a local
 * test server while cookies are chosen for {@code app.example.com}.
 */
final class StoreCli implements AutoCloseable {

  static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");

  final SqliteStore store;
  private final List<Module> extraModules = new ArrayList<>();
  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteArrayOutputStream err = new ByteArrayOutputStream();

  StoreCli(Path dataDirectory) {
    this.store = SqliteStore.openIn(dataDirectory, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** Adds a module to the injector of later runs (a test export format, for example). */
  StoreCli with(Module module) {
    extraModules.add(module);
    return this;
  }

  /** Runs one command line with fresh output buffers and returns its exit code. */
  int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    CliPrinter printer = new CliPrinter(out, err, false);
    List<Module> modules = new ArrayList<>(List.of(new StoreModule(printer), new ExportModule()));
    modules.add(Modules.override(new ReplayModule()).with(new LoopbackDns()));
    modules.addAll(extraModules);
    Injector injector = Guice.createInjector(modules);
    return CommandLines.run(new GuiceCommandFactory(injector), printer, List.of(args));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  byte[] outBytes() {
    return out.toByteArray();
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    store.close();
  }

  private final class StoreModule extends AbstractModule {

    private final CliPrinter printer;

    StoreModule(CliPrinter printer) {
      this.printer = printer;
    }

    @Override
    protected void configure() {
      bind(CliPrinter.class).toInstance(printer);
      bind(SqliteStore.class).toInstance(store);
      bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
      bind(SettingsStore.class).toInstance(store.settings());
      bind(HostSessions.class).toInstance(store.hostSessions());
      bind(CaptureHistory.class).toInstance(store.history());
      bind(CaptureCollections.class).toInstance(store.collections());
      bind(CookieJar.class).toInstance(store.cookieJar());
      // Settings change through the real service into the store; no extension is connected here.
      bind(ChangeSettingsUseCase.class)
          .toInstance(new ChangeSettingsService(store.settings(), new NoExtension()));
    }
  }

  /** No extension to tell: the commands run here reach none. */
  private static final class NoExtension implements ExtensionNotifier {

    @Override
    public void pushSettings(Settings settings) {}

    @Override
    public void requestSnapshot(SyncDomain domain) {}
  }

  private static final class LoopbackDns extends AbstractModule {

    @Override
    protected void configure() {
      bind(DnsResolver.class)
          .toInstance(
              new DnsResolver() {
                @Override
                public InetAddress[] resolve(String host) throws UnknownHostException {
                  // RFC 6761 6.4: names under .invalid never resolve.
                  if (host.endsWith(".invalid")) {
                    throw new UnknownHostException(host);
                  }
                  return new InetAddress[] {InetAddress.getLoopbackAddress()};
                }

                @Override
                public String resolveCanonicalHostname(String host) {
                  return host;
                }
              });
    }
  }
}
