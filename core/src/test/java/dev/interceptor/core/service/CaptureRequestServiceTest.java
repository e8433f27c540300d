package dev.interceptor.core.service;

import static dev.interceptor.core.testing.TestCaptures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.CaptureFilters;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.routing.RoutingDecision;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.CaptureOutcome;
import dev.interceptor.core.port.in.CaptureRequestCommand;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.testing.InMemorySettingsStore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CaptureRequestServiceTest {

  private static final String OWN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";

  @Mock private CaptureHistory history;
  @Mock private CaptureCollections collections;

  @Test
  void capture_defaultSettings_nothingStoredBecauseCaptureIsOff() {
    var service = new CaptureRequestService(new InMemorySettingsStore(), history, collections);

    CaptureOutcome outcome = service.capture(command(request("1", "GET", "https://x.test/")));

    assertThat(outcome)
        .isEqualTo(new CaptureOutcome(new RoutingDecision.Dropped("capture is off"), false));
    verifyNoInteractions(history, collections);
  }

  @Test
  void capture_historyTarget_addedWithRetention() {
    var store = new InMemorySettingsStore(settings(CaptureTarget.HISTORY, CaptureFilter.ALL, 250));
    var service = new CaptureRequestService(store, history, collections);
    CapturedRequest r = request("1", "PUT", "https://x.test/items/1");
    when(history.add(r, 250)).thenReturn(true);

    CaptureOutcome outcome = service.capture(command(r));

    assertThat(outcome).isEqualTo(new CaptureOutcome(new RoutingDecision.ToHistory(), false));
    verify(history).add(r, 250);
  }

  @Test
  void capture_sameIdTwice_reportedAsDuplicate() {
    var store = new InMemorySettingsStore(settings(CaptureTarget.HISTORY, CaptureFilter.ALL, 10));
    var service = new CaptureRequestService(store, history, collections);
    when(history.add(any(), anyInt())).thenReturn(true, false);

    CaptureOutcome first = service.capture(command(request("1", "GET", "https://x.test/")));
    CaptureOutcome second = service.capture(command(request("1", "GET", "https://x.test/")));

    assertThat(first.duplicate()).isFalse();
    assertThat(second.duplicate()).isTrue();
  }

  @Test
  void capture_collectionTarget_addedToHostPathFolder() {
    var target = new CaptureTarget.Collection("Shop", Organize.HOST_PATH);
    var store = new InMemorySettingsStore(settings(target, CaptureFilter.ALL, 10));
    var service = new CaptureRequestService(store, history, collections);
    CapturedRequest r = request("1", "POST", "https://api.shop.test/cart/items");
    FolderPath folder = FolderPath.of("api.shop.test", "cart");
    when(collections.add("Shop", Organize.HOST_PATH, folder, r)).thenReturn(true);

    CaptureOutcome outcome = service.capture(command(r));

    assertThat(outcome)
        .isEqualTo(new CaptureOutcome(new RoutingDecision.ToCollection("Shop", folder), false));
    verifyNoInteractions(history);
  }

  @Test
  void capture_c35PatchUnderGetPostPut_droppedThenStoredUnderPatchKeepingSpelling() {
    var store =
        new InMemorySettingsStore(
            settings(
                CaptureTarget.HISTORY,
                CaptureFilters.of("", "", List.of("GET", "POST", "PUT"), List.of()),
                10));
    var service = new CaptureRequestService(store, history, collections);
    CapturedRequest patch = request("1", "patch", "https://x.test/items/1");

    CaptureOutcome dropped = service.capture(command(patch));
    store.save(
        settings(
            CaptureTarget.HISTORY, CaptureFilters.of("", "", List.of("PATCH"), List.of()), 10));
    when(history.add(patch, 10)).thenReturn(true);
    CaptureOutcome stored = service.capture(command(patch));

    assertThat(dropped.decision()).isInstanceOf(RoutingDecision.Dropped.class);
    assertThat(stored.decision()).isEqualTo(new RoutingDecision.ToHistory());
    verify(history).add(patch, 10);
    assertThat(patch.method()).isEqualTo("patch");
  }

  @Test
  void capture_manyCapturesSameRevision_settingsLoadedOnce() {
    var store = new InMemorySettingsStore(settings(CaptureTarget.HISTORY, CaptureFilter.ALL, 10));
    var service = new CaptureRequestService(store, history, collections);
    when(history.add(any(), anyInt())).thenReturn(true);

    for (int i = 0; i < 50; i++) {
      service.capture(command(request("id" + i, "GET", "https://x.test/" + i)));
    }

    assertThat(store.loads()).isEqualTo(1);
  }

  private static CaptureRequestCommand command(CapturedRequest r) {
    return new CaptureRequestCommand(r, OWN);
  }

  private static Settings settings(CaptureTarget target, CaptureFilter filter, int retention) {
    return new Settings(
        new CaptureSettings(true, filter, target), CookieSyncSettings.DEFAULT, Set.of(), retention);
  }
}
