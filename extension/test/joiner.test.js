import test from 'node:test';
import assert from 'node:assert/strict';
import { RequestJoiner } from '../lib/joiner.js';

const OWN = 'aclblkgnlianipdjkdhdjopimdphplle';

function joiner(decide = () => true) {
  let n = 0;
  return new RequestJoiner({ ownId: OWN, decide, newId: () => `c${++n}` });
}

const base = { requestId: '7', url: 'http://127.0.0.1:8080/api/orders', method: 'POST', type: 'xmlhttprequest', tabId: 4, initiator: 'http://127.0.0.1:8080', timeStamp: 1718009011123.5 };

test('events_ofOneRequest_joinIntoOneCapture', () => {
  const j = joiner();

  j.beforeRequest({ ...base, requestBody: { raw: [{ bytes: new TextEncoder().encode('{"a":1}').buffer }] } });
  j.sendHeaders({ requestId: '7', requestHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Cookie', value: 'sid=1' }] });
  j.responseHead({ requestId: '7', statusCode: 201, statusLine: 'HTTP/1.1 201 Created', responseHeaders: [{ name: 'Set-Cookie', value: 'a=1' }, { name: 'Set-Cookie', value: 'b=2' }] });
  const done = j.completed({ requestId: '7', statusCode: 201, statusLine: 'HTTP/1.1 201 Created', responseHeaders: [{ name: 'Set-Cookie', value: 'a=1' }, { name: 'Set-Cookie', value: 'b=2' }] });

  assert.deepEqual(done, {
    decided: true,
    message: {
      type: 'capture',
      id: 'c1',
      time: 1718009011123.5,
      url: base.url,
      method: 'POST',
      requestHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Cookie', value: 'sid=1' }],
      body: { text: '{"a":1}' },
      bodySize: 7,
      bodyTruncated: false,
      filePartsOmitted: false,
      resourceType: 'xmlhttprequest',
      tabId: 4,
      initiator: 'http://127.0.0.1:8080',
      response: { status: 201, statusLine: 'HTTP/1.1 201 Created', headers: [{ name: 'Set-Cookie', value: 'a=1' }, { name: 'Set-Cookie', value: 'b=2' }] },
    },
  });
  assert.equal(j.openCount, 0);
});

test('errorOccurred_afterRequest_capturesErrorWithoutResponse', () => {
  const j = joiner();
  j.beforeRequest({ ...base, method: 'PUT' });

  const done = j.errorOccurred({ requestId: '7', error: 'net::ERR_CONNECTION_REFUSED' });

  assert.equal(done.message.error, 'net::ERR_CONNECTION_REFUSED');
  assert.equal(done.message.response, undefined);
});

test('redirect_endsHopAndNextRequestGetsNewId', () => {
  const j = joiner();
  j.beforeRequest(base);

  const hop = j.beforeRedirect({ requestId: '7', statusCode: 302, statusLine: 'HTTP/1.1 302 Found', responseHeaders: [{ name: 'Location', value: '/next' }] });
  j.beforeRequest({ ...base, url: 'http://127.0.0.1:8080/next', method: 'GET' });
  const last = j.completed({ requestId: '7', statusCode: 200, statusLine: 'HTTP/1.1 200 OK' });

  assert.equal(hop.message.id, 'c1');
  assert.equal(hop.message.response.status, 302);
  assert.equal(last.message.id, 'c2');
  assert.equal(last.message.url, 'http://127.0.0.1:8080/next');
});

test('internalRedirect_endsWithoutCapture', () => {
  const j = joiner();
  j.beforeRequest({ ...base, url: 'http://a.test/' });

  const hop = j.beforeRedirect({ requestId: '7', statusCode: 307, statusLine: 'HTTP/1.1 307 Internal Redirect' });

  assert.equal(hop, null);
  assert.equal(j.openCount, 0);
});

test('beforeRequest_filterDrops_requestIsNeverHeld', () => {
  const seen = [];
  const j = joiner((info) => {
    seen.push(info);
    return false;
  });

  j.beforeRequest(base);

  assert.deepEqual(seen, [{ url: base.url, method: 'POST', type: 'xmlhttprequest' }]);
  assert.equal(j.openCount, 0);
  assert.equal(j.completed({ requestId: '7', statusCode: 200 }), null);
});

test('beforeRequest_ownRequest_neitherHeldNorAskedAbout', () => {
  let asked = false;
  const j = joiner(() => (asked = true));

  j.beforeRequest({ ...base, tabId: -1, initiator: `chrome-extension://${OWN}` });

  assert.equal(asked, false);
  assert.equal(j.openCount, 0);
});

test('beforeRequest_settingsUnknown_heldAndMarkedUndecided', () => {
  const j = joiner(() => undefined);

  j.beforeRequest(base);
  const done = j.completed({ requestId: '7', statusCode: 200, statusLine: 'HTTP/1.1 200 OK' });

  assert.equal(done.decided, false);
  assert.equal(done.message.response.status, 200);
});

test('sendHeaders_binaryHeaderValue_keptAsByteArray', () => {
  const j = joiner();
  j.beforeRequest(base);

  j.sendHeaders({ requestId: '7', requestHeaders: [{ name: 'X-Bin', binaryValue: [0, 255] }] });
  const done = j.completed({ requestId: '7' });

  assert.deepEqual(done.message.requestHeaders, [{ name: 'X-Bin', binaryValue: [0, 255] }]);
  assert.equal('response' in done.message, false);
});

test('beforeRequest_overOpenLimit_forgetsOldest', () => {
  let n = 0;
  const j = new RequestJoiner({ ownId: OWN, decide: () => true, newId: () => `c${++n}`, maxOpen: 2 });

  for (const id of ['1', '2', '3']) j.beforeRequest({ ...base, requestId: id });

  assert.equal(j.openCount, 2);
  assert.equal(j.completed({ requestId: '1' }), null);
  assert.equal(j.completed({ requestId: '3' }).message.id, 'c3');
});
