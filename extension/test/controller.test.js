import test from 'node:test';
import assert from 'node:assert/strict';
import { Bridge } from '../lib/bridge.js';
import { Controller } from '../lib/controller.js';
import { Outbox } from '../lib/outbox.js';
import { FakePort, FakeTimers, MapStore, settle } from './fakes.js';

const captureOn = (filter = {}) => ({
  capture: { enabled: true, filter: { include: '', exclude: '', methods: [], types: [], ...filter }, target: { kind: 'history' } },
  cookieSync: { enabled: true, domains: [{ host: 'example.com', includeSubdomains: true }] },
});
const welcome = (settings) => ({ type: 'welcome', protocolVersion: 1, hostVersion: '0.1.0', settings });
const capture = (id, url = `http://127.0.0.1/api/${id}`) => ({ type: 'capture', id, url, method: 'GET', resourceType: 'xmlhttprequest' });

/** The controller wired to a real Bridge and Outbox over fake ports, timers and storage. */
function wired() {
  const ports = [];
  const timers = new FakeTimers();
  const cookieCalls = [];
  const saved = [];
  let n = 0;
  const outbox = new Outbox(new MapStore());
  let controller;
  const bridge = new Bridge({
    connect: () => {
      const port = new FakePort();
      ports.push(port);
      return port;
    },
    lastError: () => 'Native host has exited.',
    hello: () => ({ type: 'hello', protocolVersion: 1, extensionVersion: '0.1.0' }),
    onMessage: (m) => controller.hostMessage(m),
    onState: (s) => s === 'disconnected' && controller.disconnected(),
    timers,
  });
  const cookieSync = {
    apply: (cookieSync, options) => cookieCalls.push(['apply', cookieSync.domains.length, options?.fresh ?? false]),
    resync: (domain, sub) => cookieCalls.push(['resync', domain, sub]),
  };
  controller = new Controller({ bridge, outbox, cookieSync, newId: () => `p${++n}`, saveSettings: (s) => saved.push(s), timers });
  bridge.start();
  const port = () => ports[ports.length - 1];
  const fromHost = (m) => port().onMessage.fire(m);
  return { controller, bridge, outbox, ports, port, fromHost, timers, cookieCalls, saved };
}

test('captured_beforeWelcome_isHeldThenSentOnceAfterWelcome', () => {
  const w = wired();
  w.controller.restoreSettings(captureOn());

  w.controller.captured({ decided: true, message: capture('a') });
  const beforeWelcome = w.port().types();
  w.fromHost(welcome(captureOn()));

  assert.deepEqual(beforeWelcome, ['hello']);
  assert.deepEqual(w.port().posted.filter((m) => m.type === 'capture').map((m) => m.id), ['a']);
});

test('hostExit_unackedCapture_isSentAgainWithSameIdAfterReconnect', () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));
  w.controller.captured({ decided: true, message: capture('a') });
  w.controller.captured({ decided: true, message: capture('b') });
  w.fromHost({ type: 'ack', ids: ['a'] });

  w.ports[0].onDisconnect.fire();
  w.timers.advance(500);
  w.fromHost(welcome(captureOn()));

  assert.equal(w.ports.length, 2);
  assert.deepEqual(w.ports[1].posted.map((m) => m.type + ':' + (m.id ?? '')), ['hello:', 'capture:b']);
  assert.deepEqual(w.controller.status().counts, { captured: 2, acked: 1, dropped: 0, lost: 0, pending: 1, waitingForSettings: 0 });
});

test('undecided_capturesAfterSettingsArrive_areFilteredByThem', () => {
  const w = wired();

  w.controller.captured({ decided: false, message: capture('keep', 'http://127.0.0.1/api/x') });
  w.controller.captured({ decided: false, message: capture('drop', 'http://127.0.0.1/static/app.js') });
  const waiting = w.controller.status().counts.waitingForSettings;
  w.fromHost(welcome(captureOn({ include: '/api/' })));

  assert.equal(waiting, 2);
  assert.deepEqual(w.outbox.pending().map((m) => m.id), ['keep']);
  assert.deepEqual(w.port().posted.filter((m) => m.type === 'capture').map((m) => m.id), ['keep']);
});

test('decide_settingsUnknown_isUndecided_thenFollowsFilter', () => {
  const w = wired();

  const before = w.controller.decide({ url: 'http://a.test/api', method: 'GET', type: 'xmlhttprequest' });
  w.fromHost(welcome(captureOn({ methods: ['POST'] })));
  const get = w.controller.decide({ url: 'http://a.test/api', method: 'GET', type: 'xmlhttprequest' });
  const post = w.controller.decide({ url: 'http://a.test/api', method: 'post', type: 'xmlhttprequest' });

  assert.deepEqual([before, get, post], [undefined, false, true]);
});

test('welcome_startsFreshCookieSync_andSettingsMessageAppliesIncrementally', () => {
  const w = wired();

  w.fromHost(welcome(captureOn()));
  w.fromHost({ type: 'settings', settings: captureOn() });
  w.fromHost({ type: 'cookies.resync', domain: 'example.com', includeSubdomains: true });

  assert.deepEqual(w.cookieCalls, [['apply', 1, true], ['apply', 1, false], ['resync', 'example.com', true]]);
  assert.equal(w.saved.length, 2);
});

test('ping_isAnsweredWithPongEchoingId', () => {
  const w = wired();

  w.fromHost({ type: 'ping', id: 7 });

  assert.deepEqual(w.port().posted.at(-1), { type: 'pong', id: 7 });
});

test('change_ackedByHost_resolvesOk', async () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));

  const pending = w.controller.change({ captureEnabled: false });
  const sent = w.port().posted.at(-1);
  w.fromHost({ type: 'ack', ids: [sent.id] });

  assert.deepEqual(sent, { type: 'settings.change', id: 'p1', captureEnabled: false });
  assert.deepEqual(await pending, { ok: true });
});

test('change_refusedByHost_resolvesWithReason', async () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));

  const pending = w.controller.change({ addSyncDomain: 'co.uk' });
  w.fromHost({ type: 'error', code: 'bad_field', reason: 'co.uk is a public suffix', id: 'p1' });

  assert.deepEqual(await pending, { ok: false, error: 'co.uk is a public suffix' });
});

test('change_notConnected_failsAtOnceAndSendsNothing', async () => {
  const w = wired();

  const result = await w.controller.change({ captureEnabled: true });

  assert.deepEqual(result, { ok: false, error: 'not connected to the Interceptor host' });
  assert.deepEqual(w.port().types(), ['hello']);
});

test('change_hostSilent_timesOut', async () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));

  const pending = w.controller.change({ cookieSyncEnabled: true });
  w.timers.advance(5000);

  assert.deepEqual(await pending, { ok: false, error: 'the host did not answer' });
});

test('error_storeFailed_resendsSameMessageLater', async () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));
  w.controller.captured({ decided: true, message: capture('a') });

  w.fromHost({ type: 'error', code: 'store_failed', reason: 'disk full', id: 'a' });
  w.timers.advance(1000);
  await settle();

  assert.deepEqual(w.port().posted.filter((m) => m.id === 'a').length, 2);
  assert.equal(w.outbox.size, 1);
  assert.equal(w.controller.status().hostError, 'store_failed: disk full');
});

test('error_badField_givesMessageUp', () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));
  w.controller.captured({ decided: true, message: capture('a') });

  w.fromHost({ type: 'error', code: 'bad_field', reason: 'capture.method is missing', id: 'a' });

  assert.equal(w.outbox.size, 0);
  assert.equal(w.controller.status().counts.lost, 1);
});

test('ack_withDropped_countsThemApart', () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));
  w.controller.captured({ decided: true, message: capture('a') });
  w.controller.captured({ decided: true, message: capture('b') });

  w.fromHost({ type: 'ack', ids: ['a', 'b'], dropped: ['b'] });

  assert.deepEqual(w.controller.status().counts, { captured: 2, acked: 1, dropped: 1, lost: 0, pending: 0, waitingForSettings: 0 });
});

test('status_afterDisconnect_showsBrowserErrorText', () => {
  const w = wired();
  w.fromHost(welcome(captureOn()));

  w.ports[0].onDisconnect.fire();

  assert.equal(w.controller.status().connection, 'disconnected');
  assert.equal(w.controller.status().lastError, 'Native host has exited.');
  assert.equal(w.controller.status().retryInMs, 500);
});
