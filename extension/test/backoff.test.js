import test from 'node:test';
import assert from 'node:assert/strict';
import { Backoff } from '../lib/backoff.js';

test('next_repeatedFailures_doublesFromHalfSecondUpToThirtySeconds', () => {
  const backoff = new Backoff(500, 30_000);

  const delays = Array.from({ length: 9 }, () => backoff.next());

  assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
});

test('next_afterReset_startsOverAtInitialDelay', () => {
  const backoff = new Backoff(500, 30_000);
  backoff.next();
  backoff.next();
  backoff.next();

  backoff.reset();

  assert.equal(backoff.next(), 500);
});

test('constructor_maxBelowInitial_throws', () => {
  assert.throws(() => new Backoff(1000, 10), /bad back-off bounds/);
});
