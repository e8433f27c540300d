/**
 * The native messaging connection: connects, says `hello`, reassembles chunked host messages, and
 * reconnects with back-off whenever the port closes (the host exited, crashed or was never found).
 *
 * Browser specifics are passed in, so this runs under Node's test runner with a fake port:
 * `connect()` returns a port like chrome.runtime.connectNative's, `lastError()` reads
 * chrome.runtime.lastError's message inside onDisconnect.
 */
import { Backoff } from './backoff.js';
import { ChunkAssembler } from './chunks.js';
import { globalTimers } from './timers.js';

export class Bridge {
  constructor({
    connect,
    lastError = () => undefined,
    hello,
    onMessage,
    onState = () => {},
    backoff = new Backoff(),
    timers = globalTimers,
  }) {
    this.connectPort = connect;
    this.lastErrorText = lastError;
    this.hello = hello;
    this.onMessage = onMessage;
    this.onState = onState;
    this.backoff = backoff;
    this.timers = timers;
    this.port = null;
    this.timer = null;
    this.state = 'disconnected';
    this.lastError = '';
    this.retryInMs = 0;
    this.chunks = new ChunkAssembler();
  }

  /** Connects now, unless a port is open or being opened. */
  start() {
    if (this.port) {
      return;
    }
    this.clearTimer();
    let port;
    try {
      port = this.connectPort();
    } catch (e) {
      this.closed(String(e?.message ?? e));
      return;
    }
    this.port = port;
    port.onMessage.addListener((message) => this.received(port, message));
    port.onDisconnect.addListener(() => {
      if (this.port === port) {
        this.closed(this.lastErrorText() ?? '');
      }
    });
    this.setState('connecting');
    this.post(this.hello());
  }

  /** Posts a message on the open port; false when there is none or posting failed. */
  post(message) {
    if (!this.port) {
      return false;
    }
    try {
      this.port.postMessage(message);
      return true;
    } catch (e) {
      // The port died between events, or the message is over the browser's 64 MiB limit.
      this.lastError = String(e?.message ?? e);
      return false;
    }
  }

  /** The host answered `welcome`: the connection is healthy, back-off starts over. */
  welcomed() {
    this.backoff.reset();
    this.retryInMs = 0;
    this.setState('connected');
  }

  received(port, message) {
    if (port !== this.port || !message || typeof message !== 'object') {
      return;
    }
    if (message.type === 'chunk') {
      let whole;
      try {
        whole = this.chunks.accept(message);
      } catch (e) {
        this.lastError = `bad chunk from host: ${e.message}`;
        return;
      }
      if (whole) this.onMessage(whole);
      return;
    }
    this.onMessage(message);
  }

  closed(errorText) {
    this.port = null;
    this.chunks.clear();
    this.lastError = errorText || 'The native messaging host closed the connection.';
    this.retryInMs = this.backoff.next();
    this.setState('disconnected');
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.start();
    }, this.retryInMs);
  }

  clearTimer() {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  setState(state) {
    this.state = state;
    this.onState(state);
  }
}
