import test from 'node:test';
import assert from 'node:assert/strict';
import { covers, domainsCovering, syncDomainKey } from '../lib/domains.js';

const example = { host: 'example.com', includeSubdomains: true };
const exactHost = { host: 'api.example.com', includeSubdomains: false };
const loopback = { host: '127.0.0.1', includeSubdomains: false };

const table = [
  [example, 'example.com', true],
  [example, '.example.com', true],
  [example, 'api.example.com', true],
  [example, '.deep.api.example.com', true],
  [example, 'EXAMPLE.COM', true],
  [example, 'badexample.com', false],
  [example, 'example.com.evil.test', false],
  [example, 'com', false],
  [exactHost, 'api.example.com', true],
  [exactHost, '.api.example.com', true],
  [exactHost, 'v2.api.example.com', false],
  [exactHost, 'example.com', false],
  [loopback, '127.0.0.1', true],
  [loopback, '0.127.0.0.1', false],
];

for (const [syncDomain, cookieDomain, expected] of table) {
  test(`covers_${syncDomainKey(syncDomain)}_${cookieDomain}_${expected}`, () => {
    assert.equal(covers(syncDomain, cookieDomain), expected);
  });
}

test('domainsCovering_syncOff_returnsNone', () => {
  const settings = { enabled: false, domains: [example] };

  assert.deepEqual(domainsCovering(settings, 'example.com'), []);
});

test('domainsCovering_nestedEntries_returnsEveryCoveringEntry', () => {
  const nested = { host: 'api.example.com', includeSubdomains: true };
  const settings = { enabled: true, domains: [example, nested, loopback] };

  assert.deepEqual(domainsCovering(settings, '.v1.api.example.com'), [example, nested]);
});
