package dev.interceptor.app;

import dev.interceptor.adapter.installer.HostEnvironment;
import dev.interceptor.adapter.installer.OsFamily;
import dev.interceptor.adapter.installer.RegistryPort;
import dev.interceptor.adapter.installer.windows.JnaRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * The Windows registry on Windows, and on other systems the registry that has nothing in it. Kept
 * out of the module so that the module stays free of decisions.
 */
final class RegistryPortProvider implements Provider<RegistryPort> {

  private final HostEnvironment environment;

  @Inject
  RegistryPortProvider(HostEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public RegistryPort get() {
    return environment.os() == OsFamily.WINDOWS ? new JnaRegistry() : RegistryPort.none();
  }
}
