package dev.interceptor.adapter.installer;

/** What happened to one item. */
public enum ItemChange {
  CREATED,
  UPDATED,
  UNCHANGED,
  REMOVED,
  /** Uninstall found nothing of ours there. */
  ABSENT,
  /** Not applicable here (browser not found, no location on this system); see the detail. */
  SKIPPED,
  /** Left alone on purpose (another host's manifest); see the detail. */
  REFUSED,
  FAILED;

  /** Whether this counts against the overall outcome. */
  public boolean isProblem() {
    return this == REFUSED || this == FAILED;
  }
}
