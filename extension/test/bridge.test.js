import test from 'node:test';
import assert from 'node:assert/strict';
import { Bridge } from '../lib/bridge.js';
import { FakePort, FakeTimers } from './fakes.js';

function bridge() {
  const ports = [];
  const received = [];
  const states = [];
  const timers = new FakeTimers();
  let lastError;
  const b = new Bridge({
    connect: () => {
      const port = new FakePort();
      ports.push(port);
      return port;
    },
    lastError: () => lastError,
    hello: () => ({ type: 'hello', protocolVersion: 1, extensionVersion: '0.1.0' }),
    onMessage: (m) => received.push(m),
    onState: (s) => states.push(s),
    timers,
  });
  return { b, ports, received, states, timers, setLastError: (e) => (lastError = e) };
}

test('start_connects_andSaysHelloFirst', () => {
  const { b, ports, states } = bridge();

  b.start();

  assert.equal(ports.length, 1);
  assert.deepEqual(ports[0].types(), ['hello']);
  assert.deepEqual(states, ['connecting']);
});

test('disconnect_hostExited_keepsErrorTextAndRetriesWithGrowingDelays', () => {
  const { b, ports, timers, setLastError } = bridge();
  b.start();

  setLastError('Native host has exited.');
  ports[0].onDisconnect.fire();
  const firstDelay = timers.pendingDelays();
  timers.advance(500);
  ports[1].onDisconnect.fire();
  const secondDelay = timers.pendingDelays();

  assert.equal(b.lastError, 'Native host has exited.');
  assert.equal(b.state, 'disconnected');
  assert.deepEqual(firstDelay, [500]);
  assert.equal(ports.length, 2);
  assert.deepEqual(ports[1].types(), ['hello']);
  assert.deepEqual(secondDelay, [1000]);
});

test('welcomed_afterFailures_resetsBackoff', () => {
  const { b, ports, timers } = bridge();
  b.start();
  ports[0].onDisconnect.fire();
  timers.advance(500);
  ports[1].onDisconnect.fire();
  timers.advance(1000);

  b.welcomed();
  ports[2].onDisconnect.fire();

  assert.equal(b.state, 'disconnected');
  assert.deepEqual(timers.pendingDelays(), [500]);
});

test('disconnect_withoutErrorText_explainsTheClose', () => {
  const { b, ports } = bridge();
  b.start();

  ports[0].onDisconnect.fire();

  assert.equal(b.lastError, 'The native messaging host closed the connection.');
});

test('received_chunks_deliverOneWholeMessage', () => {
  const { b, ports, received } = bridge();
  b.start();

  ports[0].onMessage.fire({ type: 'chunk', id: 'x', index: 0, count: 2, data: '{"type":"set' });
  ports[0].onMessage.fire({ type: 'chunk', id: 'x', index: 1, count: 2, data: 'tings","settings":{}}' });

  assert.deepEqual(received, [{ type: 'settings', settings: {} }]);
});

test('received_onStalePort_isIgnored', () => {
  const { b, ports, received, timers } = bridge();
  b.start();
  ports[0].onDisconnect.fire();
  timers.advance(500);

  ports[0].onMessage.fire({ type: 'ack', ids: ['a'] });

  assert.deepEqual(received, []);
});

test('post_portThrows_returnsFalseAndKeepsReason', () => {
  const { b, ports } = bridge();
  b.start();
  ports[0].failPosts = true;

  const ok = b.post({ type: 'capture', id: 'a' });

  assert.equal(ok, false);
  assert.match(b.lastError, /disconnected port/);
});

test('start_whilePortOpen_doesNotOpenAnother', () => {
  const { b, ports } = bridge();

  b.start();
  b.start();

  assert.equal(ports.length, 1);
});
