package dev.interceptor.adapter.installer;

/** The doctor's first answer. */
public enum OverallState {
  /** A host session is live: an extension is talking to the host. */
  CONNECTED,
  /** The host is installed, but no extension has connected. */
  NOT_CONNECTED,
  /** Something the host needs is missing (launcher, Java runtime, manifests). */
  DEPENDENCIES_NOT_INSTALLED
}
