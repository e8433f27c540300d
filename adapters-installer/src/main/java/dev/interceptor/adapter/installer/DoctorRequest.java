package dev.interceptor.adapter.installer;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What {@code interceptor doctor} checks.
 *
 * @param browsers browser names, empty for every browser found
 * @param extensionIds the configured extension ids (as for install) the manifests must allow
 * @param system whether to check the machine-wide registration instead of the user's
 * @param profileDir a browser's user data folder given explicitly; needs exactly one browser
 * @param hostDir the folder holding the launcher
 * @param hostSessionLive answers whether a host session is live now (from the store)
 * @param roundTrip whether to start the host and do the hello round trip
 * @param timeout how long the round trip may take
 */
public record DoctorRequest(
    List<String> browsers,
    List<String> extensionIds,
    boolean system,
    @Nullable String profileDir,
    String hostDir,
    BooleanSupplier hostSessionLive,
    boolean roundTrip,
    Duration timeout) {

  public DoctorRequest {
    browsers = List.copyOf(browsers);
    extensionIds = List.copyOf(extensionIds);
    ExtensionIds.parse(extensionIds);
    Scope.check(browsers, system, profileDir);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  Scope scope() {
    return new Scope(browsers, system, profileDir, hostDir);
  }
}
