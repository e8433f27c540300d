/**
 * Messages sent to the host and not yet acknowledged (captures and cookie messages), in the order
 * they were made. Each is kept in memory and in a store that survives a service-worker restart
 * (chrome.storage.session in the browser), and is sent again after a reconnect; the host ignores a
 * message id it already has.
 *
 * The store is {load(): Promise<[{seq, message}]>, put(seq, message): Promise, remove(ids): Promise}.
 * A store failure (such as a full session quota) leaves the message in memory only.
 */
export class Outbox {
  constructor(store, { maxMessages = 5000, onError = () => {} } = {}) {
    this.store = store;
    this.maxMessages = maxMessages;
    this.onError = onError;
    this.entries = new Map();
    this.seq = 0;
    this.counts = { captured: 0, acked: 0, dropped: 0, lost: 0 };
  }

  /** Restores what a previous service-worker instance left; call once at start-up. */
  async restore() {
    let saved = [];
    try {
      saved = await this.store.load();
    } catch (e) {
      this.onError(e);
    }
    saved.sort((a, b) => a.seq - b.seq);
    for (const { seq, message } of saved) {
      if (!this.entries.has(message.id)) {
        this.entries.set(message.id, { seq, message });
      }
      this.seq = Math.max(this.seq, seq + 1);
    }
    return saved.length;
  }

  get size() {
    return this.entries.size;
  }

  /** Keeps a message until it is acknowledged. The oldest is given up past `maxMessages`. */
  add(message) {
    const seq = this.seq++;
    this.entries.set(message.id, { seq, message });
    if (message.type === 'capture') {
      this.counts.captured += 1;
    }
    this.persist(this.store.put(seq, message));
    if (this.entries.size > this.maxMessages) {
      const oldest = this.entries.keys().next().value;
      this.forget([oldest]);
      this.counts.lost += 1;
    }
    return message;
  }

  /**
   * Handles an `ack`: every id in `ids` is done; `dropped` ones were not stored on purpose. The
   * acked and dropped counts are of captures; cookie messages only leave the pending count.
   */
  ack(ids = [], dropped = []) {
    const droppedSet = new Set(dropped);
    const done = ids.filter((id) => this.entries.has(id));
    for (const id of done) {
      if (this.entries.get(id).message.type !== 'capture') {
        continue;
      }
      if (droppedSet.has(id)) {
        this.counts.dropped += 1;
      } else {
        this.counts.acked += 1;
      }
    }
    this.forget(done);
    return done.length;
  }

  /** Gives up a message the host refused for good (an `error` other than store_failed). */
  reject(id) {
    if (this.entries.has(id)) {
      this.forget([id]);
      this.counts.lost += 1;
    }
  }

  get(id) {
    return this.entries.get(id)?.message;
  }

  /** Every unacknowledged message, oldest first. */
  pending() {
    return [...this.entries.values()].map((e) => e.message);
  }

  stats() {
    return { ...this.counts, pending: this.entries.size };
  }

  forget(ids) {
    if (ids.length === 0) {
      return;
    }
    for (const id of ids) {
      this.entries.delete(id);
    }
    this.persist(this.store.remove(ids));
  }

  persist(promise) {
    Promise.resolve(promise).catch((e) => this.onError(e));
  }
}
