package dev.interceptor.core.testing;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.ExtensionNotifier;
import java.util.ArrayList;
import java.util.List;

/** Records what would have been sent to the extension, in order. */
public final class RecordingExtensionNotifier implements ExtensionNotifier {

  private final List<Object> sent = new ArrayList<>();

  @Override
  public synchronized void pushSettings(Settings settings) {
    sent.add(settings);
  }

  @Override
  public synchronized void requestSnapshot(SyncDomain domain) {
    sent.add(domain);
  }

  /** Every notification: {@link Settings} pushes and {@link SyncDomain} snapshot requests. */
  public synchronized List<Object> sent() {
    return List.copyOf(sent);
  }
}
