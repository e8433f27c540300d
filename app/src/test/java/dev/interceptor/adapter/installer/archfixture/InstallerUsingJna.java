package dev.interceptor.adapter.installer.archfixture;

import com.sun.jna.Platform;

/** Breaks "JNA only in the installer's Windows registry adapter". */
public final class InstallerUsingJna {

  public boolean windows() {
    return Platform.isWindows();
  }
}
