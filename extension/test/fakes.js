/** Test doubles for the browser's port, timers and storage. */

export class FakeEvent {
  constructor() {
    this.listeners = [];
  }
  addListener(listener) {
    this.listeners.push(listener);
  }
  fire(...args) {
    this.listeners.forEach((l) => l(...args));
  }
}

/** A native messaging port as chrome.runtime.connectNative returns it. */
export class FakePort {
  constructor() {
    this.onMessage = new FakeEvent();
    this.onDisconnect = new FakeEvent();
    this.posted = [];
    this.failPosts = false;
  }
  postMessage(message) {
    if (this.failPosts) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(structuredClone(message));
  }
  types() {
    return this.posted.map((m) => m.type);
  }
}

/** Timers run by hand: `run()` fires every due callback in order of due time. */
export class FakeTimers {
  constructor() {
    this.now = 0;
    this.queue = [];
    this.nextHandle = 1;
  }
  setTimeout = (callback, ms) => {
    const handle = this.nextHandle++;
    this.queue.push({ handle, at: this.now + ms, callback, ms });
    return handle;
  };
  clearTimeout = (handle) => {
    this.queue = this.queue.filter((t) => t.handle !== handle);
  };
  pendingDelays() {
    return this.queue.map((t) => t.ms);
  }
  advance(ms) {
    this.now += ms;
    const due = this.queue.filter((t) => t.at <= this.now).sort((a, b) => a.at - b.at);
    this.queue = this.queue.filter((t) => t.at > this.now);
    due.forEach((t) => t.callback());
  }
}

/** An outbox store kept in a Map, like chrome.storage.session keyed by message id. */
export class MapStore {
  constructor() {
    this.items = new Map();
    this.failPuts = false;
  }
  async load() {
    return [...this.items.values()].map((v) => structuredClone(v));
  }
  async put(seq, message) {
    if (this.failPuts) throw new Error('QUOTA_BYTES quota exceeded');
    this.items.set(message.id, { seq, message: structuredClone(message) });
  }
  async remove(ids) {
    ids.forEach((id) => this.items.delete(id));
  }
}

export const settle = () => new Promise((resolve) => setImmediate(resolve));
