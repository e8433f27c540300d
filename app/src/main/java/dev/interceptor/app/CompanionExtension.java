package dev.interceptor.app;

/** Interceptor's own browser extension, in {@code extension/}. */
public final class CompanionExtension {

  /**
   * The extension's id: fixed by the public key in its manifest, so the unpacked extension gets it
   * in every browser profile (also in {@code extension/EXTENSION_ID}).
   */
  public static final String ID = "aclblkgnlianipdjkdhdjopimdphplle";

  private CompanionExtension() {}
}
