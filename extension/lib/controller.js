/**
 * The extension's behaviour around the bridge: applies the host's settings, decides which
 * requests are captured, keeps unacknowledged messages in the outbox and sends them (again) once
 * the host welcomed a connection, drives cookie sync, and carries popup changes to the host.
 *
 * Collaborators are passed in: `bridge` ({post, welcomed, state, lastError, retryInMs}),
 * `outbox` (Outbox), `cookieSync` (CookieSync), `saveSettings(settings)` to remember the settings
 * across service-worker restarts, `onChange()` to refresh an open popup.
 */
import { compileCaptureFilter } from './filter.js';
import { settingsChangeMessage } from './protocol.js';
import { globalTimers } from './timers.js';

const RETRY_AFTER_STORE_FAILURE_MS = 1000;
const CHANGE_TIMEOUT_MS = 5000;

export class Controller {
  constructor({
    bridge,
    outbox,
    cookieSync,
    newId,
    saveSettings = () => {},
    onChange = () => {},
    timers = globalTimers,
    maxUndecided = 500,
  }) {
    this.bridge = bridge;
    this.outbox = outbox;
    this.cookieSync = cookieSync;
    this.newId = newId;
    this.saveSettings = saveSettings;
    this.onChange = onChange;
    this.timers = timers;
    this.maxUndecided = maxUndecided;
    this.settings = null;
    this.filter = null;
    this.ready = false;
    this.hostVersion = '';
    this.undecided = [];
    this.changes = new Map();
    this.lastHostError = '';
  }

  /** Settings remembered from before a service-worker restart, used until the host sends its own. */
  restoreSettings(settings) {
    if (settings && !this.settings) {
      this.useSettings(settings);
    }
  }

  /** For the request joiner: true keep, false drop, undefined settings not known yet. */
  decide(info) {
    return this.filter ? this.filter(info) : undefined;
  }

  /** A request finished. Undecided ones wait for settings; the oldest is given up past the cap. */
  captured(entry) {
    if (!entry) return;
    if (!entry.decided) {
      this.undecided.push(entry.message);
      if (this.undecided.length > this.maxUndecided) this.undecided.shift();
      return;
    }
    this.queue(entry.message);
  }

  /** Keeps a message until acknowledged, and sends it now when the host is ready. */
  queue(message) {
    this.outbox.add(message);
    if (this.ready) this.bridge.post(message);
    this.onChange();
  }

  hostMessage(message) {
    switch (message.type) {
      case 'welcome':
        this.welcome(message);
        break;
      case 'settings':
        this.useSettings(message.settings);
        this.cookieSync.apply(message.settings?.cookieSync);
        break;
      case 'ack':
        this.ack(message);
        break;
      case 'error':
        this.hostError(message);
        break;
      case 'cookies.resync':
        this.cookieSync.resync(message.domain, message.includeSubdomains);
        break;
      case 'ping':
        this.bridge.post({ type: 'pong', ...(message.id !== undefined ? { id: message.id } : {}) });
        break;
      default:
        // pong and messages of later protocol versions need nothing from us.
        break;
    }
    this.onChange();
  }

  welcome(message) {
    this.hostVersion = message.hostVersion ?? '';
    this.bridge.welcomed();
    this.lastHostError = '';
    // Settings first, while not ready: captures waiting for them join the outbox unsent, and the
    // loop below then sends every pending message exactly once.
    this.useSettings(message.settings);
    this.ready = true;
    for (const pending of this.outbox.pending()) {
      this.bridge.post(pending);
    }
    this.cookieSync.apply(message.settings?.cookieSync, { fresh: true });
  }

  /** The port closed: nothing is sent until the next welcome; open popup changes fail now. */
  disconnected() {
    this.ready = false;
    for (const id of [...this.changes.keys()]) {
      this.finishChange(id, { ok: false, error: 'the host disconnected before answering' });
    }
    this.onChange();
  }

  useSettings(settings) {
    if (!settings) return;
    this.settings = settings;
    this.filter = compileCaptureFilter(settings.capture);
    this.saveSettings(settings);
    const waiting = this.undecided;
    this.undecided = [];
    for (const message of waiting) {
      if (this.filter({ url: message.url, method: message.method, type: message.resourceType })) {
        this.queue(message);
      }
    }
  }

  ack(message) {
    this.outbox.ack(message.ids ?? [], message.dropped ?? []);
    for (const id of message.ids ?? []) {
      if (this.changes.has(id)) this.finishChange(id, { ok: true });
    }
  }

  hostError(message) {
    this.lastHostError = `${message.code}: ${message.reason ?? ''}`.trim();
    const id = message.id;
    if (id === undefined || id === null) return;
    if (this.changes.has(id)) {
      this.finishChange(id, { ok: false, error: message.reason || message.code });
      return;
    }
    if (message.code === 'store_failed') {
      // The host could not store it this time; the same message is offered again shortly.
      this.timers.setTimeout(() => {
        const pending = this.outbox.get(id);
        if (pending && this.ready) this.bridge.post(pending);
      }, RETRY_AFTER_STORE_FAILURE_MS);
      return;
    }
    this.outbox.reject(id);
  }

  /**
   * Sends a popup change ({captureEnabled, cookieSyncEnabled, addSyncDomain, removeSyncDomain}).
   * Resolves {ok: true} on the host's ack, {ok: false, error} otherwise. Changes are not kept for
   * later: a stale toggle replayed after a reconnect could undo a newer change made elsewhere.
   */
  change(fields) {
    if (!this.ready) {
      return Promise.resolve({ ok: false, error: 'not connected to the Interceptor host' });
    }
    const id = this.newId();
    const message = settingsChangeMessage(id, fields);
    return new Promise((resolve) => {
      const timer = this.timers.setTimeout(
        () => this.finishChange(id, { ok: false, error: 'the host did not answer' }),
        CHANGE_TIMEOUT_MS,
      );
      this.changes.set(id, { resolve, timer });
      if (!this.bridge.post(message)) {
        this.finishChange(id, { ok: false, error: this.bridge.lastError || 'sending failed' });
      }
    });
  }

  finishChange(id, result) {
    const change = this.changes.get(id);
    if (!change) return;
    this.changes.delete(id);
    this.timers.clearTimeout(change.timer);
    change.resolve(result);
  }

  /** What the popup shows. */
  status() {
    return {
      connection: this.bridge.state,
      lastError: this.bridge.lastError,
      retryInMs: this.bridge.retryInMs,
      hostError: this.lastHostError,
      hostVersion: this.hostVersion,
      settings: this.settings,
      counts: { ...this.outbox.stats(), waitingForSettings: this.undecided.length },
    };
  }
}
