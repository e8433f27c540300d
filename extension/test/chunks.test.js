import test from 'node:test';
import assert from 'node:assert/strict';
import { ChunkAssembler } from '../lib/chunks.js';

test('accept_allChunksOutOfOrder_returnsWholeMessageOnLast', () => {
  const text = JSON.stringify({ type: 'settings', settings: { capture: { enabled: true } } });
  const chunks = new ChunkAssembler();

  const first = chunks.accept({ id: 'x', index: 1, count: 2, data: text.slice(10) });
  const whole = chunks.accept({ id: 'x', index: 0, count: 2, data: text.slice(0, 10) });

  assert.equal(first, null);
  assert.deepEqual(whole, JSON.parse(text));
  assert.equal(chunks.partial.size, 0);
});

test('accept_badIndex_throws', () => {
  assert.throws(() => new ChunkAssembler().accept({ id: 'x', index: 2, count: 2, data: '' }), /bad id, index or count/);
});

test('accept_twoMessagesInterleavedIds_keptApart', () => {
  const chunks = new ChunkAssembler();

  chunks.accept({ id: 'a', index: 0, count: 2, data: '{"type":' });
  chunks.accept({ id: 'b', index: 0, count: 2, data: '{"type":"pong"' });
  const a = chunks.accept({ id: 'a', index: 1, count: 2, data: '"ping"}' });
  const b = chunks.accept({ id: 'b', index: 1, count: 2, data: '}' });

  assert.deepEqual([a, b], [{ type: 'ping' }, { type: 'pong' }]);
});
