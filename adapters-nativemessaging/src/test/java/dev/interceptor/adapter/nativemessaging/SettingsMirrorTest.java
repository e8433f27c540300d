package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsMirrorTest {

  private static final Settings SETTINGS = Settings.defaults(Set.of("b", "a"));

  @TempDir Path dir;

  @Test
  void keepInStep_thenRead_givesRevisionIdsAndTheWireSettings() throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);

    boolean written = mirror.keepInStep(SETTINGS, 12);
    SettingsMirror.Snapshot snapshot = mirror.read().orElseThrow();

    assertThat(written).isTrue();
    assertThat(snapshot.revision()).isEqualTo(12);
    assertThat(snapshot.allowedExtensionIds()).containsExactlyInAnyOrder("a", "b");
    assertThat(WireJson.mapper().readTree(snapshot.settingsJson()))
        .isEqualTo(WireJson.mapper().valueToTree(WireMapping.toView(SETTINGS)));
  }

  @Test
  void keepInStep_sameSettingsAndRevision_leavesTheFile() throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);
    mirror.keepInStep(SETTINGS, 3);

    assertThat(mirror.keepInStep(SETTINGS, 3)).isFalse();
    assertThat(mirror.keepInStep(SETTINGS, 4)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{\"revision\":1,\"allowedExtensionIds\":[\"a\"]}",
        "{\"revision\":\"1\",\"allowedExtensionIds\":[\"a\"],\"settings\":{}}",
        "{\"revision\":1,\"allowedExtensionIds\":[1],\"settings\":{}}",
        "{\"revision\":1,\"allowedExtensionIds\":[\"a\"],\"settings\":{}} {}",
      })
  void read_damagedFile_isEmpty(String content) throws IOException {
    Files.writeString(dir.resolve(SettingsMirror.FILE_NAME), content);

    assertThat(SettingsMirror.in(dir).read()).isEmpty();
  }

  @Test
  void refresh_revisionMovedWhileReading_removesTheFile() throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);
    mirror.keepInStep(SETTINGS, 1);
    SettingsStore store = mock(SettingsStore.class);
    when(store.revision()).thenReturn(5L, 6L);
    when(store.load()).thenReturn(SETTINGS);

    mirror.refresh(store);

    assertThat(mirror.file()).doesNotExist();
  }

  @Test
  void refresh_steadyRevision_writesTheStoresSettings() throws IOException {
    SettingsMirror mirror = SettingsMirror.in(dir);
    SettingsStore store = mock(SettingsStore.class);
    when(store.revision()).thenReturn(7L, 7L);
    when(store.load()).thenReturn(SETTINGS);

    mirror.refresh(store);

    assertThat(mirror.read().orElseThrow().revision()).isEqualTo(7);
  }
}
