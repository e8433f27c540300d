package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.adapter.installer.HostEnvironment;
import dev.interceptor.adapter.installer.InstallerException;
import dev.interceptor.adapter.installer.OsFamily;
import dev.interceptor.adapter.installer.RegistryHive;
import dev.interceptor.adapter.installer.RegistryPort;
import dev.interceptor.adapter.installer.RegistryView;
import dev.interceptor.adapter.installer.windows.JnaRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryPortProviderTest {

  @Test
  void get_windows_givesTheJnaRegistry() {
    HostEnvironment windows =
        new HostEnvironment(OsFamily.WINDOWS, "C:\\Users\\alice", Map.of(), false);

    RegistryPort registry = new RegistryPortProvider(windows).get();

    assertThat(registry).isInstanceOf(JnaRegistry.class);
  }

  @ParameterizedTest
  @CsvSource({"LINUX, /home/alice", "MACOS, /Users/alice"})
  void get_systemWithoutRegistry_givesAnEmptyRegistryThatRefusesWrites(OsFamily os, String home) {
    HostEnvironment environment = new HostEnvironment(os, home, Map.of(), false);

    RegistryPort registry = new RegistryPortProvider(environment).get();

    assertThat(registry).isNotInstanceOf(JnaRegistry.class);
    assertThat(registry.defaultValue(RegistryHive.HKCU, "Software", RegistryView.BITS_64))
        .isEmpty();
    assertThatThrownBy(() -> registry.setDefaultValue(RegistryHive.HKCU, "Software", "x"))
        .isInstanceOf(InstallerException.class);
  }
}
