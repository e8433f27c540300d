package dev.interceptor.adapter.nativemessaging;

import java.time.Duration;

/**
 * Tuning of a host: its version as sent in {@code welcome}, the most messages committed in one
 * transaction, how often settings are polled and the host session record updated, and how many
 * received messages, and how many of their bytes, may wait for their commit before reading pauses.
 */
public record HostOptions(
    String hostVersion,
    int maxBatch,
    Duration settingsPoll,
    Duration sessionUpdate,
    int queueCapacity,
    long queueBytes) {

  public HostOptions {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
    }
    if (queueBytes < 1) {
      throw new IllegalArgumentException("queueBytes must be at least 1, was " + queueBytes);
    }
    if (settingsPoll.isNegative() || settingsPoll.isZero()) {
      throw new IllegalArgumentException("settingsPoll must be positive, was " + settingsPoll);
    }
  }

  /**
   * Settings polled every 200 ms, so a change reaches the extension well within 500 ms; at most 8
   * MiB of received messages wait for their commit, which bounds the host's heap under a slow store
   * (a single larger message is still taken, alone): with 16 MiB, 200 KB captures took the host's
   * peak to 109 to 127 MiB, with 8 MiB to 90 to 93, at the same rate; 4,096 messages of 2 KB still
   * fit. Up to 2,000 messages share a transaction: each commit waits for the disk and rewrites the
   * pages every add touches, and groups of 2,000 instead of 500 stored about a fifth more 2 KB
   * captures per second (docs/performance.md).
   */
  public static HostOptions defaults(String hostVersion) {
    return new HostOptions(
        hostVersion, 2_000, Duration.ofMillis(200), Duration.ofSeconds(2), 4_096, 8L << 20);
  }
}
