import test from 'node:test';
import assert from 'node:assert/strict';
import { isIgnoredRequest } from '../lib/origin.js';

const OWN = 'aclblkgnlianipdjkdhdjopimdphplle';

const cases = [
  ['page fetch', { url: 'http://127.0.0.1:8080/api', tabId: 3, initiator: 'http://127.0.0.1:8080' }, false],
  ['navigation without initiator', { url: 'https://a.test/', tabId: 3 }, false],
  ['page service worker, no tab', { url: 'https://a.test/sw', tabId: -1, initiator: 'https://a.test' }, false],
  ['websocket', { url: 'wss://a.test/socket', tabId: 3, initiator: 'https://a.test' }, false],
  ['own request', { url: 'https://a.test/', tabId: -1, initiator: `chrome-extension://${OWN}` }, true],
  ['own request from a tab', { url: 'https://a.test/', tabId: 5, initiator: `chrome-extension://${OWN}` }, true],
  ['own page document', { url: 'https://a.test/', tabId: 5, documentUrl: `chrome-extension://${OWN}/popup.html` }, true],
  ['browser background traffic', { url: 'https://update.test/check', tabId: -1 }, true],
  ['extension scheme', { url: `chrome-extension://${OWN}/popup.js`, tabId: 5 }, true],
  ['chrome scheme', { url: 'chrome://newtab/', tabId: 5 }, true],
  ['data url', { url: 'data:text/plain,hi', tabId: 5 }, true],
  ['not a url', { url: 'nonsense', tabId: 5 }, true],
];

for (const [name, details, expected] of cases) {
  test(`isIgnoredRequest_${name.replaceAll(' ', '_')}_${expected}`, () => {
    assert.equal(isIgnoredRequest(details, OWN), expected);
  });
}
