package dev.interceptor.app;

import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.app.cli.HostPlacement;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;

/**
 * Locates the running application when a command first needs it, since that reads the file system.
 */
final class HostPlacementProvider implements Provider<HostPlacement> {

  private final DataDirectory dataDirectory;

  @Inject
  HostPlacementProvider(DataDirectory dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @Override
  public HostPlacement get() {
    AppImage image = AppImage.locate(Main.class, System.getProperties());
    return new HostPlacement(
        dataDirectory.path().resolve("bin"),
        image.home().resolve("bin"),
        dataDirectory.path(),
        List.of(CompanionExtension.ID),
        image.launchSpec(Main.class.getName()));
  }
}
