package dev.interceptor.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.CaptureFilters;
import dev.interceptor.core.model.cookie.InvalidSyncDomainException;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import dev.interceptor.core.testing.InMemorySettingsStore;
import dev.interceptor.core.testing.RecordingExtensionNotifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeSettingsServiceTest {

  private static final SyncDomain EXAMPLE = new SyncDomain("example.com", true);

  private final InMemorySettingsStore store = new InMemorySettingsStore();
  private final RecordingExtensionNotifier notifier = new RecordingExtensionNotifier();
  private final ChangeSettingsService service = new ChangeSettingsService(store, notifier);

  @Test
  void change_addSyncDomain_savedPushedThenSnapshotRequested() {
    Settings next = service.change(new ChangeSettingsCommand.AddSyncDomain("*.Example.COM."));

    assertThat(next.cookieSync().domains()).containsExactly(EXAMPLE);
    assertThat(store.load()).isEqualTo(next);
    assertThat(notifier.sent()).containsExactly(next, EXAMPLE);
  }

  @Test
  void change_addSameDomainTwice_secondIsNoOp() {
    service.change(new ChangeSettingsCommand.AddSyncDomain("example.com"));

    service.change(new ChangeSettingsCommand.AddSyncDomain(".example.com"));

    assertThat(store.saves()).isEqualTo(1);
    assertThat(notifier.sent()).hasSize(2);
  }

  @Test
  void change_addSameHostOtherScope_refused() {
    service.change(new ChangeSettingsCommand.AddSyncDomain("example.com"));

    assertThatThrownBy(
            () -> service.change(new ChangeSettingsCommand.AddSyncDomain("https://example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remove it first");
    assertThat(store.load().cookieSync().domains()).containsExactly(EXAMPLE);
  }

  @Test
  void change_addPublicSuffix_refusedAndSettingsUnchanged() {
    assertThatThrownBy(() -> service.change(new ChangeSettingsCommand.AddSyncDomain("co.uk")))
        .isInstanceOf(InvalidSyncDomainException.class);
    assertThat(store.saves()).isZero();
    assertThat(notifier.sent()).isEmpty();
  }

  @Test
  void change_addWhileSyncOff_savedWithoutSnapshotThenRequestedWhenTurnedOn() {
    service.change(new ChangeSettingsCommand.SetCookieSyncEnabled(false));
    service.change(new ChangeSettingsCommand.AddSyncDomain("example.com"));
    service.change(new ChangeSettingsCommand.AddSyncDomain("localhost"));

    Settings on = service.change(new ChangeSettingsCommand.SetCookieSyncEnabled(true));

    assertThat(notifier.sent().stream().filter(SyncDomain.class::isInstance))
        .containsExactly(EXAMPLE, new SyncDomain("localhost", false));
    assertThat(on.cookieSync().enabled()).isTrue();
  }

  @Test
  void change_turnOnWhenAlreadyOn_nothingSentOrSaved() {
    service.change(new ChangeSettingsCommand.AddSyncDomain("example.com"));

    service.change(new ChangeSettingsCommand.SetCookieSyncEnabled(true));

    assertThat(store.saves()).isEqualTo(1);
    assertThat(notifier.sent()).hasSize(2);
  }

  @Test
  void change_removeSyncDomain_removedWithoutSnapshot() {
    service.change(new ChangeSettingsCommand.AddSyncDomain("example.com"));

    Settings next = service.change(new ChangeSettingsCommand.RemoveSyncDomain("example.com"));

    assertThat(next.cookieSync().domains()).isEmpty();
    assertThat(notifier.sent()).hasSize(3).last().isEqualTo(next);
  }

  @Test
  void change_removeUnknownDomain_refused() {
    assertThatThrownBy(
            () -> service.change(new ChangeSettingsCommand.RemoveSyncDomain("example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a sync domain");
  }

  @Test
  void change_resync_snapshotRequestedWithoutSaving() {
    service.change(new ChangeSettingsCommand.AddSyncDomain("example.com"));

    service.change(new ChangeSettingsCommand.ResyncDomain("example.com"));

    assertThat(store.saves()).isEqualTo(1);
    assertThat(notifier.sent()).last().isEqualTo(EXAMPLE);
  }

  @Test
  void change_captureSettings_eachAppliedAndPushed() {
    var filter = CaptureFilters.of("/api/", "", List.of("post"), List.of());
    var target = new CaptureTarget.Collection("Shop", Organize.HOST);

    service.change(new ChangeSettingsCommand.SetCaptureEnabled(true));
    service.change(new ChangeSettingsCommand.SetCaptureFilter(filter));
    service.change(new ChangeSettingsCommand.SetCaptureTarget(target));
    Settings last = service.change(new ChangeSettingsCommand.SetHistoryRetention(100));

    assertThat(last.capture().enabled()).isTrue();
    assertThat(last.capture().filter()).isEqualTo(filter);
    assertThat(last.capture().target()).isEqualTo(target);
    assertThat(last.historyRetention()).isEqualTo(100);
    assertThat(notifier.sent()).hasSize(4).last().isEqualTo(last);
  }

  @Test
  void change_allowAndDisallowExtension_updatesIds() {
    service.change(new ChangeSettingsCommand.AllowExtension("abcdefghijklmnopabcdefghijklmnop"));

    Settings next = service.change(new ChangeSettingsCommand.AllowExtension("bridge@example.com"));
    Settings after =
        service.change(
            new ChangeSettingsCommand.DisallowExtension("abcdefghijklmnopabcdefghijklmnop"));

    assertThat(next.allowedExtensionIds())
        .containsExactlyInAnyOrder("abcdefghijklmnopabcdefghijklmnop", "bridge@example.com");
    assertThat(after.allowedExtensionIds()).containsExactly("bridge@example.com");
  }

  @Test
  void change_removeDomain_keepsSyncSwitch() {
    store.save(
        new Settings(
            Settings.defaults(Set.of()).capture(),
            new CookieSyncSettings(false, List.of(EXAMPLE)),
            Set.of(),
            10));

    Settings next = service.change(new ChangeSettingsCommand.RemoveSyncDomain("example.com"));

    assertThat(next.cookieSync()).isEqualTo(new CookieSyncSettings(false, List.of()));
  }
}
