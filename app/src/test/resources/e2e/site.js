// The requests of the end-to-end test. Each function resolves once every response has been read,
// so the test knows the browser has finished them.
'use strict';

async function call(method, path, init) {
  const response = await fetch(path, Object.assign({ method: method, cache: 'no-store' }, init));
  await response.arrayBuffer();
  return method + ' ' + path + ' ' + response.status;
}

async function appRequests() {
  const done = [];
  done.push(await call('POST', '/api/orders', {
    headers: { 'Content-Type': 'application/json', 'X-Trace': 'e2e-1' },
    body: JSON.stringify({ sku: 'A-1', qty: 2, note: 'h\u00e9llo' }),
  }));
  done.push(await call('POST', '/api/login', {
    body: new URLSearchParams({ user: 'ana', pass: 'x y&z' }),
  }));
  const form = new FormData();
  form.append('title', 'report');
  form.append('file', new Blob(['blob content the browser hides']), 'a.bin');
  done.push(await call('POST', '/api/upload', { body: form }));
  done.push(await call('PUT', '/api/items/7', {
    headers: { 'Content-Type': 'application/octet-stream' },
    body: new Uint8Array([0, 1, 2, 250, 255]),
  }));
  done.push(await call('DELETE', '/api/items/7'));
  done.push(await call('GET', '/api/profile?tab=orders'));

  // Dropped by the method filter, then by the URL filter.
  done.push(await call('PATCH', '/api/items/7', {
    headers: { 'Content-Type': 'application/json' },
    body: '{"qty":3}',
  }));
  done.push(await call('GET', '/static/config.json'));

  // Cookies: one set and deleted by script, one overwritten and one expired by the server.
  document.cookie = 'draft=1; path=/';
  done.push(await call('GET', '/auth/rotate'));
  document.cookie = 'draft=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  document.cookie = 'note=kept; path=/';
  return done;
}

async function apiRequests() {
  const done = [];
  done.push(await call('GET', '/api/v2/status'));
  done.push(await call('POST', '/api/v2/events', {
    headers: { 'Content-Type': 'application/json' },
    body: '{"event":"opened"}',
  }));
  done.push(await call('GET', '/api/v2/missing'));
  done.push(await call('GET', '/auth/logout'));
  return done;
}

async function otherRequests() {
  const done = [];
  done.push(await call('GET', '/api/other'));
  done.push(await call('POST', '/api/other', {
    headers: { 'Content-Type': 'application/json' },
    body: '{"from":"other"}',
  }));
  return done;
}

async function lateRequests() {
  const done = [];
  done.push(await call('GET', '/auth/late'));
  done.push(await call('GET', '/api/after-removal'));
  return done;
}
