package dev.interceptor.adapter.export;

/** The version written as the creator of exported files: the jar's, or "dev" outside a jar. */
final class CreatorVersion {

  private CreatorVersion() {}

  static String get() {
    String version = CreatorVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
