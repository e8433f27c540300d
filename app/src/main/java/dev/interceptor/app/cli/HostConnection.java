package dev.interceptor.app.cli;

import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.interceptor.adapter.nativemessaging.HostHandover;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.core.port.out.StoreException;
import jakarta.inject.Provider;
import org.jspecify.annotations.Nullable;

/**
 * Serves one browser connection with the bound host, after whatever was done before the injector
 * existed. A store that cannot be opened is told to the browser as an {@code error} frame with code
 * {@code store_unavailable} before the failure ends the process, so that the extension can show why
 * the host stopped.
 */
public final class HostConnection {

  private HostConnection() {}

  /** The version the host reports in {@code welcome}. */
  public static String version() {
    return BridgeHosts.version();
  }

  /**
   * Serves the connection until it ends and returns the host's exit status.
   *
   * @throws RuntimeException the failure to open the store, after the browser was told
   */
  public static int serve(Injector injector, LaunchArguments launch, HostHandover handover) {
    return serve(injector.getProvider(BridgeHosts.class), launch, handover);
  }

  static int serve(Provider<BridgeHosts> hosts, LaunchArguments launch, HostHandover handover) {
    try {
      return hosts.get().create(launch, handover).run();
    } catch (RuntimeException e) {
      StoreException store = storeFailure(e);
      if (store != null) {
        handover.storeUnavailable(ErrorHandler.firstLine(store.getMessage()));
      }
      throw e;
    }
  }

  /** The store's failure inside what Guice wraps around it, if that is what this is. */
  private static @Nullable StoreException storeFailure(RuntimeException failure) {
    Throwable current = failure;
    while (current instanceof ProvisionException && current.getCause() != null) {
      current = current.getCause();
    }
    return current instanceof StoreException ? (StoreException) current : null;
  }
}
