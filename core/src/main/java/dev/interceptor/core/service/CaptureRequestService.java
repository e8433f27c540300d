package dev.interceptor.core.service;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.routing.CaptureRouter;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.routing.RoutingDecision;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.CaptureOutcome;
import dev.interceptor.core.port.in.CaptureRequestCommand;
import dev.interceptor.core.port.in.CaptureRequestUseCase;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.SettingsStore;

/**
 * Routes each capture with the current settings and stores it in History (trimmed to the retention
 * limit) or in the target collection. Settings are reloaded only when their revision changes, so a
 * capture arriving after a settings change is judged by the new settings.
 */
public final class CaptureRequestService implements CaptureRequestUseCase {

  private final SettingsCache settings;
  private final CaptureHistory history;
  private final CaptureCollections collections;
  private final CaptureRouter router = new CaptureRouter();

  public CaptureRequestService(
      SettingsStore settingsStore, CaptureHistory history, CaptureCollections collections) {
    this.settings = new SettingsCache(settingsStore);
    this.history = history;
    this.collections = collections;
  }

  @Override
  public CaptureOutcome capture(CaptureRequestCommand command) {
    Settings current = settings.current();
    CapturedRequest request = command.request();

    RoutingDecision decision = router.route(request, current.capture(), command.extensionOrigin());

    if (decision instanceof RoutingDecision.ToHistory) {
      boolean added = history.add(request, current.historyRetention());
      return new CaptureOutcome(decision, !added);
    }
    if (decision instanceof RoutingDecision.ToCollection) {
      RoutingDecision.ToCollection target = (RoutingDecision.ToCollection) decision;
      boolean added =
          collections.add(target.collection(), organize(current), target.folder(), request);
      return new CaptureOutcome(decision, !added);
    }
    return new CaptureOutcome(decision, false);
  }

  private static Organize organize(Settings settings) {
    CaptureTarget target = settings.capture().target();
    return target instanceof CaptureTarget.Collection
        ? ((CaptureTarget.Collection) target).organize()
        : Organize.FLAT;
  }
}
