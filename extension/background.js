/**
 * Service worker: wires the browser's APIs to the bridge, the request joiner, the outbox and cookie
 * sync. Listeners are registered synchronously at the top level, as Manifest V3 requires for a
 * restarted worker to receive the event that woke it.
 */
import { Bridge } from './lib/bridge.js';
import { Controller } from './lib/controller.js';
import { CookieSync } from './lib/cookies.js';
import { RequestJoiner } from './lib/joiner.js';
import { Outbox } from './lib/outbox.js';
import { HOST_NAME, browserName, helloMessage } from './lib/protocol.js';

const newId = () => crypto.randomUUID();
const logError = (e) => console.warn('interceptor:', e?.message ?? e);

const OUTBOX_PREFIX = 'out:';
const sessionOutbox = {
  async load() {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(OUTBOX_PREFIX))
      .map(([, value]) => value);
  },
  put(seq, message) {
    return chrome.storage.session.set({ [OUTBOX_PREFIX + message.id]: { seq, message } });
  },
  remove(ids) {
    return chrome.storage.session.remove(ids.map((id) => OUTBOX_PREFIX + id));
  },
};

const outbox = new Outbox(sessionOutbox, { onError: logError });

const bridge = new Bridge({
  connect: () => chrome.runtime.connectNative(HOST_NAME),
  lastError: () => chrome.runtime.lastError?.message,
  hello: () =>
    helloMessage({
      extensionVersion: chrome.runtime.getManifest().version,
      browser: browserName(navigator.userAgentData?.brands),
    }),
  onMessage: (message) => controller.hostMessage(message),
  onState: (state) => {
    if (state === 'disconnected') {
      console.info('interceptor: host disconnected:', bridge.lastError, 'retry in', bridge.retryInMs, 'ms');
      controller.disconnected();
    }
  },
});

const cookieSync = new CookieSync({
  api: chrome.cookies,
  send: (message) => controller.queue(message),
  newId,
  onError: logError,
});

const popups = new Set();
let refreshTimer = null;
function refreshSoon() {
  if (refreshTimer !== null) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    const status = { ...controller.status(), extensionId: chrome.runtime.id };
    popups.forEach((port) => port.postMessage({ status }));
    chrome.storage.session.set({ counts: outbox.counts }).catch(logError);
  }, 200);
}

const controller = new Controller({
  bridge,
  outbox,
  cookieSync,
  newId,
  saveSettings: (settings) => chrome.storage.session.set({ settings }).catch(logError),
  onChange: refreshSoon,
});

const joiner = new RequestJoiner({
  ownId: chrome.runtime.id,
  decide: (info) => controller.decide(info),
  newId,
});

const ALL = { urls: ['<all_urls>'] };
const RESPONSE = ['responseHeaders', 'extraHeaders'];
chrome.webRequest.onBeforeRequest.addListener((d) => joiner.beforeRequest(d), ALL, ['requestBody']);
chrome.webRequest.onSendHeaders.addListener(
  (d) => joiner.sendHeaders(d),
  ALL,
  ['requestHeaders', 'extraHeaders'],
);
chrome.webRequest.onHeadersReceived.addListener((d) => joiner.responseHead(d), ALL, RESPONSE);
chrome.webRequest.onResponseStarted.addListener((d) => joiner.responseHead(d), ALL, RESPONSE);
chrome.webRequest.onBeforeRedirect.addListener(
  (d) => controller.captured(joiner.beforeRedirect(d)),
  ALL,
  RESPONSE,
);
chrome.webRequest.onCompleted.addListener((d) => controller.captured(joiner.completed(d)), ALL, RESPONSE);
chrome.webRequest.onErrorOccurred.addListener((d) => controller.captured(joiner.errorOccurred(d)), ALL);

chrome.cookies.onChanged.addListener((changeInfo) => cookieSync.changed(changeInfo));

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'popup') return;
  popups.add(port);
  port.onDisconnect.addListener(() => popups.delete(port));
  port.onMessage.addListener(async (request) => {
    if (request?.change) {
      const result = await controller.change(request.change);
      port.postMessage({ result });
    }
    if (request?.reconnect) {
      bridge.start();
    }
    refreshSoon();
  });
  refreshSoon();
});

// Restore what a previous worker instance left, then connect: a welcome arriving before the
// restore would otherwise miss the restored messages.
(async () => {
  try {
    const saved = await chrome.storage.session.get(['settings', 'counts']);
    controller.restoreSettings(saved.settings);
    Object.assign(outbox.counts, saved.counts ?? {});
    const restored = await outbox.restore();
    if (restored > 0) console.info('interceptor: restored', restored, 'unacknowledged messages');
  } catch (e) {
    logError(e);
  }
  bridge.start();
})();
