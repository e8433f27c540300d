'use strict';
// Loaded with `node --require` before newman: resolves the test site's names (*.example.test,
// example.test, other.test) to 127.0.0.1, as Chromium's --host-resolver-rules does for the
// browser. Every other name goes to the system resolver.
const dns = require('dns');

const systemLookup = dns.lookup;
const TEST_NAME = /^(?:[a-z0-9-]+\.)*(?:example|other)\.test$/i;

dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'object' && options !== null ? options : {};
  if (!TEST_NAME.test(String(hostname))) {
    return systemLookup.apply(dns, arguments);
  }
  process.nextTick(() =>
    opts.all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4),
  );
  return {};
};
