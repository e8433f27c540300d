package dev.interceptor.adapter.installer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code interceptor uninstall} was asked to do; the same options as install, plus purge.
 *
 * <p>With no browser named, every known browser's registration is removed, then the launcher and
 * (on Windows) the manifests in the host folder. With browsers named, only theirs.
 *
 * @param browsers browser names, empty for all
 * @param system whether the machine-wide registration is removed instead of the user's
 * @param profileDir a browser's user data folder given explicitly at install
 * @param hostDir the folder holding the launcher
 * @param purge whether the data folder is deleted as well
 * @param dataDir the application's data folder, deleted only with purge
 */
public record UninstallRequest(
    List<String> browsers,
    boolean system,
    @Nullable String profileDir,
    String hostDir,
    boolean purge,
    @Nullable String dataDir) {

  public UninstallRequest {
    browsers = List.copyOf(browsers);
    Scope.check(browsers, system, profileDir);
    if (purge && dataDir == null) {
      throw new IllegalArgumentException("purge needs dataDir");
    }
  }

  Scope scope() {
    return new Scope(browsers, system, profileDir, hostDir);
  }
}
