import test from 'node:test';
import assert from 'node:assert/strict';
import { CookieSync, cookiesOf, toWireCookie } from '../lib/cookies.js';
import { settle } from './fakes.js';

const cookie = (name, domain, extra = {}) => ({
  name, value: `v-${name}`, domain, hostOnly: !domain.startsWith('.'), path: '/', secure: false,
  httpOnly: false, sameSite: 'lax', session: true, storeId: '0', ...extra,
});

/** chrome.cookies with getAll's domain rule: the domain equals or is a subdomain of the filter. */
function fakeApi(jar, { stores = ['0'], partitioned = true } = {}) {
  const calls = [];
  return {
    calls,
    async getAllCookieStores() {
      return stores.map((id) => ({ id, tabIds: [] }));
    },
    async getAll(details) {
      calls.push(details);
      if (details.partitionKey && !partitioned) throw new Error('Invalid partitionKey');
      const d = details.domain;
      return jar.filter((c) => {
        const cd = c.domain.replace(/^\./, '');
        const inDomain = cd === d || cd.endsWith('.' + d);
        const inPartition = details.partitionKey ? Boolean(c.partitionKey) : !c.partitionKey;
        return inDomain && (c.storeId ?? '0') === details.storeId && inPartition;
      });
    },
  };
}

function sync(api) {
  const sent = [];
  let n = 0;
  const s = new CookieSync({ api, send: (m) => sent.push(m), newId: () => `m${++n}` });
  return { s, sent };
}

const example = { host: 'example.com', includeSubdomains: true };

test('toWireCookie_persistentPartitioned_keepsExpiryAndTopLevelSite', () => {
  const wire = toWireCookie(cookie('sid', 'w.example.com', { session: false, expirationDate: 1750000000.5, partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: false } }));

  assert.deepEqual(wire, {
    name: 'sid', value: 'v-sid', domain: 'w.example.com', hostOnly: true, path: '/', secure: false,
    httpOnly: false, sameSite: 'lax', session: false, storeId: '0', expirationDate: 1750000000.5,
    partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: false },
  });
});

test('toWireCookie_sessionCookie_hasNoExpiry', () => {
  assert.equal('expirationDate' in toWireCookie(cookie('a', 'example.com')), false);
});

test('cookiesOf_exactHostEntry_leavesSubdomainCookiesOut', async () => {
  const api = fakeApi([cookie('a', 'api.example.com'), cookie('b', 'v2.api.example.com'), cookie('c', '.example.com')]);

  const found = await cookiesOf(api, { host: 'api.example.com', includeSubdomains: false }, '0');

  assert.deepEqual(found.map((c) => c.name), ['a']);
});

test('cookiesOf_partitionedSupported_mergesBothKinds', async () => {
  const api = fakeApi([cookie('plain', '.example.com'), cookie('chip', 'w.example.com', { partitionKey: { topLevelSite: 'https://shop.test' } })]);

  const found = await cookiesOf(api, example, '0');

  assert.deepEqual(found.map((c) => c.name).sort(), ['chip', 'plain']);
});

test('cookiesOf_partitionKeyRefused_returnsUnpartitioned', async () => {
  const api = fakeApi([cookie('plain', '.example.com')], { partitioned: false });

  const found = await cookiesOf(api, example, '0');

  assert.deepEqual(found.map((c) => c.name), ['plain']);
});

test('apply_newDomain_sendsOneSnapshotPerStore', async () => {
  const api = fakeApi([cookie('a', '.example.com'), cookie('b', 'example.com', { storeId: '1' }), cookie('x', 'other.test')], { stores: ['0', '1'] });
  const { s, sent } = sync(api);

  await s.apply({ enabled: true, domains: [example] });

  assert.deepEqual(sent.map((m) => [m.type, m.domain, m.storeId, m.cookies.map((c) => c.name)]), [
    ['cookies.snapshot', 'example.com', '0', ['a']],
    ['cookies.snapshot', 'example.com', '1', ['b']],
  ]);
});

test('apply_sameDomainsAgain_sendsNothing_butFreshSessionResnapshots', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] });

  await s.apply({ enabled: true, domains: [example] });
  const afterRepeat = sent.length;
  await s.apply({ enabled: true, domains: [example] }, { fresh: true });

  assert.equal(afterRepeat, 1);
  assert.equal(sent.length, 2);
});

test('apply_addedDomain_snapshotsOnlyTheNewOne', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] });

  await s.apply({ enabled: true, domains: [example, { host: '127.0.0.1', includeSubdomains: false }] });

  assert.deepEqual(sent.map((m) => m.domain), ['example.com', '127.0.0.1']);
});

test('apply_syncTurnedOffThenOn_snapshotsAgain', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] });

  await s.apply({ enabled: false, domains: [example] });
  await s.apply({ enabled: true, domains: [example] });

  assert.equal(sent.length, 2);
});

test('resync_whileSyncOff_sendsNothing', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: false, domains: [example] });

  await s.resync('example.com', true);

  assert.equal(sent.length, 0);
});

test('changed_insideAndOutsideSyncDomains_onlyInsideIsSent', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] });
  sent.length = 0;

  s.changed({ cookie: cookie('a', '.api.example.com'), removed: true, cause: 'expired_overwrite' });
  s.changed({ cookie: cookie('b', 'notexample.com'), removed: false, cause: 'explicit' });

  assert.deepEqual(sent.map((m) => [m.type, m.cookie.name, m.removed, m.cause]), [['cookies.changed', 'a', true, 'expired_overwrite']]);
});

test('changed_duringSnapshot_isSentAfterIt', async () => {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const api = fakeApi([cookie('a', 'example.com')]);
  const slow = { ...api, getAllCookieStores: async () => { await gate; return [{ id: '0' }]; } };
  const { s, sent } = sync(slow);

  const snapshot = s.apply({ enabled: true, domains: [example] });
  s.changed({ cookie: cookie('a', 'example.com'), removed: false, cause: 'explicit' });
  await settle();
  const beforeRelease = sent.length;
  release();
  await snapshot;

  assert.equal(beforeRelease, 0);
  assert.deepEqual(sent.map((m) => m.type), ['cookies.snapshot', 'cookies.changed']);
});

test('resync_thenSettingsListingTheDomain_snapshotsOnce', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] });
  const added = { host: 'shop.example.com', includeSubdomains: true };

  await s.resync('shop.example.com', true);
  await s.apply({ enabled: true, domains: [example, added] });

  assert.deepEqual(sent.map((m) => m.domain), ['example.com', 'shop.example.com']);
});

test('settingsAddingDomain_thenResyncForIt_snapshotsOnce_butLaterResyncIsHonoured', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] }, { fresh: true });
  const added = { host: 'shop.example.com', includeSubdomains: true };

  await s.apply({ enabled: true, domains: [example, added] });
  await s.resync('shop.example.com', true);
  const afterAdd = sent.map((m) => m.domain);
  await s.resync('shop.example.com', true);

  assert.deepEqual(afterAdd, ['example.com', 'shop.example.com']);
  assert.equal(sent.length, 3);
});

test('resyncAfterWelcome_isHonoured', async () => {
  const { s, sent } = sync(fakeApi([]));
  await s.apply({ enabled: true, domains: [example] }, { fresh: true });

  await s.resync('example.com', true);

  assert.deepEqual(sent.map((m) => m.domain), ['example.com', 'example.com']);
});

test('syncTurnedOn_thenResyncPerDomain_snapshotsEachOnce', async () => {
  const { s, sent } = sync(fakeApi([]));
  const other = { host: 'other.test', includeSubdomains: true };
  await s.apply({ enabled: false, domains: [example, other] }, { fresh: true });

  await s.apply({ enabled: true, domains: [example, other] });
  await s.resync('example.com', true);
  await s.resync('other.test', true);

  assert.deepEqual(sent.map((m) => m.domain), ['example.com', 'other.test']);
});
