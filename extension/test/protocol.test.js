import test from 'node:test';
import assert from 'node:assert/strict';
import { browserName, helloMessage, settingsChangeMessage } from '../lib/protocol.js';

const brands = (...names) => names.map((brand) => ({ brand, version: '156' }));

const cases = [
  [brands('Not)A;Brand', 'Chromium'), 'chromium'],
  [brands('Chromium', 'Google Chrome', 'Not-A.Brand'), 'chrome'],
  [brands('Microsoft Edge', 'Chromium'), 'edge'],
  [brands('Opera', 'Chromium'), 'opera'],
  [brands('Brave', 'Chromium'), 'brave'],
  [undefined, 'unknown'],
];

for (const [given, expected] of cases) {
  test(`browserName_${expected}`, () => {
    assert.equal(browserName(given), expected);
  });
}

test('helloMessage_hasProtocolVersionOne', () => {
  assert.deepEqual(helloMessage({ extensionVersion: '0.1.0', browser: 'chromium' }), {
    type: 'hello', protocolVersion: 1, extensionVersion: '0.1.0', browser: 'chromium', profile: '',
  });
});

test('settingsChangeMessage_keepsOnlyGivenKnownFields', () => {
  const message = settingsChangeMessage('p1', { captureEnabled: false, addSyncDomain: 'example.com', colour: 'red', removeSyncDomain: undefined });

  assert.deepEqual(message, { type: 'settings.change', id: 'p1', captureEnabled: false, addSyncDomain: 'example.com' });
});

test('settingsChangeMessage_noField_throws', () => {
  assert.throws(() => settingsChangeMessage('p1', {}), /at least one field/);
});
