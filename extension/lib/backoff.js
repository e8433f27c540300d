/**
 * Reconnect delays: the first retry waits `initialMs`, each further one twice as long, never more
 * than `maxMs`. `reset()` is called once a connection proved healthy (the host answered).
 */
export class Backoff {
  constructor(initialMs = 500, maxMs = 30_000) {
    if (!(initialMs > 0) || !(maxMs >= initialMs)) {
      throw new RangeError(`bad back-off bounds: initial ${initialMs}, max ${maxMs}`);
    }
    this.initialMs = initialMs;
    this.maxMs = maxMs;
    this.failures = 0;
  }

  /** The delay before the next attempt; each call counts one more failure. */
  next() {
    const delay = Math.min(this.maxMs, this.initialMs * 2 ** this.failures);
    if (delay < this.maxMs) {
      this.failures += 1;
    }
    return delay;
  }

  reset() {
    this.failures = 0;
  }
}
