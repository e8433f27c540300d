package dev.interceptor.adapter.installer.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.adapter.installer.RegistryHive;
import dev.interceptor.adapter.installer.RegistryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The real registry, in a scratch key below HKCU\Software. */
@EnabledOnOs(OS.WINDOWS)
class JnaRegistryIT {

  private static final String KEY =
      "Software\\InterceptorTest\\NativeMessagingHosts\\dev.interceptor.bridge";

  private final JnaRegistry registry = new JnaRegistry();

  @AfterEach
  void cleanUp() {
    registry.deleteKey(RegistryHive.HKCU, KEY);
    registry.deleteKey(RegistryHive.HKCU, "Software\\InterceptorTest\\NativeMessagingHosts");
    registry.deleteKey(RegistryHive.HKCU, "Software\\InterceptorTest");
  }

  @Test
  void setDefaultValue_newKey_isReadBackInBothViewsOfHkcu() {
    registry.setDefaultValue(RegistryHive.HKCU, KEY, "C:\\Users\\Zoë Smith\\bridge.json");

    assertThat(registry.defaultValue(RegistryHive.HKCU, KEY, RegistryView.BITS_64))
        .contains("C:\\Users\\Zoë Smith\\bridge.json");
    assertThat(registry.defaultValue(RegistryHive.HKCU, KEY, RegistryView.BITS_32))
        .contains("C:\\Users\\Zoë Smith\\bridge.json");
  }

  @Test
  void deleteKey_existingThenMissing_reportsWhetherItExisted() {
    registry.setDefaultValue(RegistryHive.HKCU, KEY, "C:\\x.json");

    assertThat(registry.deleteKey(RegistryHive.HKCU, KEY)).isTrue();
    assertThat(registry.deleteKey(RegistryHive.HKCU, KEY)).isFalse();
    assertThat(registry.defaultValue(RegistryHive.HKCU, KEY, RegistryView.BITS_64)).isEmpty();
  }
}
