package dev.interceptor.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.interceptor.adapter.installer.BrowserDefinition;
import dev.interceptor.adapter.installer.Browsers;
import dev.interceptor.adapter.installer.Doctor;
import dev.interceptor.adapter.installer.FileSystemPort;
import dev.interceptor.adapter.installer.HostEnvironment;
import dev.interceptor.adapter.installer.HostInstaller;
import dev.interceptor.adapter.installer.ProcessPort;
import dev.interceptor.adapter.installer.RegistryPort;
import dev.interceptor.app.cli.HostPlacement;
import java.util.List;
import java.util.Set;

/**
 * Registering the host with browsers: the browsers known, the machine's file system, processes and
 * registry, and where the launcher goes. Adding a browser is one definition in {@link Browsers} and
 * one line here; reports list browsers in the order of these lines.
 */
final class InstallerModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder<BrowserDefinition> browsers =
        Multibinder.newSetBinder(binder(), BrowserDefinition.class);
    browsers.addBinding().toInstance(Browsers.CHROME);
    browsers.addBinding().toInstance(Browsers.CHROME_BETA);
    browsers.addBinding().toInstance(Browsers.CHROME_DEV);
    browsers.addBinding().toInstance(Browsers.CHROME_CANARY);
    browsers.addBinding().toInstance(Browsers.CHROMIUM_BROWSER);
    browsers.addBinding().toInstance(Browsers.EDGE);
    browsers.addBinding().toInstance(Browsers.BRAVE);
    browsers.addBinding().toInstance(Browsers.VIVALDI);
    browsers.addBinding().toInstance(Browsers.OPERA);
    browsers.addBinding().toInstance(Browsers.FIREFOX_BROWSER);
    browsers.addBinding().toInstance(Browsers.LIBREWOLF);
    browsers.addBinding().toInstance(Browsers.TOR_BROWSER);
    browsers.addBinding().toInstance(Browsers.CHROME_FLATPAK);
    browsers.addBinding().toInstance(Browsers.CHROMIUM_FLATPAK);
    browsers.addBinding().toInstance(Browsers.EDGE_FLATPAK);
    browsers.addBinding().toInstance(Browsers.BRAVE_FLATPAK);
    browsers.addBinding().toInstance(Browsers.FIREFOX_FLATPAK);
    browsers.addBinding().toInstance(Browsers.CHROMIUM_SNAP);
    browsers.addBinding().toInstance(Browsers.FIREFOX_SNAP);

    bind(FileSystemPort.class).toInstance(FileSystemPort.local());
    bind(ProcessPort.class).toInstance(ProcessPort.local());
    bind(RegistryPort.class).toProvider(RegistryPortProvider.class).in(Singleton.class);
    bind(HostPlacement.class).toProvider(HostPlacementProvider.class).in(Singleton.class);
  }

  @Provides
  @Singleton
  HostEnvironment environment() {
    return HostEnvironment.current();
  }

  @Provides
  HostInstaller installer(
      HostEnvironment environment,
      FileSystemPort files,
      RegistryPort registry,
      Set<BrowserDefinition> browsers) {
    return new HostInstaller(environment, files, registry, List.copyOf(browsers));
  }

  @Provides
  Doctor doctor(
      HostEnvironment environment,
      FileSystemPort files,
      RegistryPort registry,
      ProcessPort processes,
      Set<BrowserDefinition> browsers) {
    return new Doctor(environment, files, registry, processes, List.copyOf(browsers));
  }
}
