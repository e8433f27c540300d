import test from 'node:test';
import assert from 'node:assert/strict';
import { Outbox } from '../lib/outbox.js';
import { MapStore, settle } from './fakes.js';

const capture = (id) => ({ type: 'capture', id, url: `http://127.0.0.1/${id}` });

test('ack_someIds_removesThemAndCountsDroppedApart', async () => {
  const store = new MapStore();
  const outbox = new Outbox(store);
  ['a', 'b', 'c'].forEach((id) => outbox.add(capture(id)));

  const done = outbox.ack(['a', 'b', 'unknown'], ['b']);
  await settle();

  assert.equal(done, 2);
  assert.deepEqual(outbox.pending().map((m) => m.id), ['c']);
  assert.deepEqual([...store.items.keys()], ['c']);
  assert.deepEqual(outbox.stats(), { captured: 3, acked: 1, dropped: 1, lost: 0, pending: 1 });
});

test('restore_afterWorkerRestart_bringsBackUnackedInOrder', async () => {
  const store = new MapStore();
  const first = new Outbox(store);
  ['a', 'b', 'c', 'd'].forEach((id) => first.add(capture(id)));
  first.ack(['b']);
  await settle();

  const second = new Outbox(store);
  const restored = await second.restore();
  second.add(capture('e'));

  assert.equal(restored, 3);
  assert.deepEqual(second.pending().map((m) => m.id), ['a', 'c', 'd', 'e']);
});

test('add_storeFails_keepsMessageInMemoryAndReportsError', async () => {
  const store = new MapStore();
  store.failPuts = true;
  const errors = [];
  const outbox = new Outbox(store, { onError: (e) => errors.push(e.message) });

  outbox.add(capture('a'));
  await settle();

  assert.deepEqual(outbox.pending().map((m) => m.id), ['a']);
  assert.deepEqual(errors, ['QUOTA_BYTES quota exceeded']);
});

test('add_overCap_givesUpOldestAndCountsItLost', async () => {
  const outbox = new Outbox(new MapStore(), { maxMessages: 2 });

  ['a', 'b', 'c'].forEach((id) => outbox.add(capture(id)));

  assert.deepEqual(outbox.pending().map((m) => m.id), ['b', 'c']);
  assert.equal(outbox.stats().lost, 1);
});

test('add_cookieMessage_isKeptButNotCountedAsCapture', () => {
  const outbox = new Outbox(new MapStore());

  outbox.add({ type: 'cookies.changed', id: 'k1' });

  assert.equal(outbox.stats().captured, 0);
  assert.equal(outbox.size, 1);
});

test('reject_pendingMessage_isForgottenAndCountedLost', () => {
  const outbox = new Outbox(new MapStore());
  outbox.add(capture('a'));

  outbox.reject('a');

  assert.equal(outbox.size, 0);
  assert.equal(outbox.stats().lost, 1);
});

test('ack_cookieMessage_leavesCaptureCountsAlone', () => {
  const outbox = new Outbox(new MapStore());
  outbox.add({ type: 'cookies.snapshot', id: 's1' });

  outbox.ack(['s1']);

  assert.deepEqual(outbox.stats(), { captured: 0, acked: 0, dropped: 0, lost: 0, pending: 0 });
});
