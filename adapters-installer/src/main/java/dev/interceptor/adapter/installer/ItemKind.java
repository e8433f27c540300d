package dev.interceptor.adapter.installer;

/** What an install or uninstall step touched. */
public enum ItemKind {
  LAUNCHER,
  MANIFEST,
  REGISTRY_KEY,
  BROWSER,
  DATA
}
