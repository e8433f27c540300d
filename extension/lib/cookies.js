/**
 * Cookie sync: snapshots of each sync domain per cookie store, then every change inside a sync
 * domain. `api` is chrome.cookies (or a stand-in with the same promise-returning methods), `send`
 * hands a message to the outbox, `newId` gives message ids.
 */
import { covers, domainsCovering, syncDomainKey } from './domains.js';

/** A chrome.cookies.Cookie reduced to the contract's cookie object (section 4.5). */
export function toWireCookie(c) {
  const wire = {
    name: c.name,
    value: c.value,
    domain: c.domain,
    hostOnly: Boolean(c.hostOnly),
    path: c.path || '/',
    secure: Boolean(c.secure),
    httpOnly: Boolean(c.httpOnly),
    sameSite: c.sameSite ?? 'unspecified',
    session: Boolean(c.session),
    storeId: c.storeId ?? '0',
  };
  if (!c.session && typeof c.expirationDate === 'number') {
    wire.expirationDate = c.expirationDate;
  }
  if (c.partitionKey && c.partitionKey.topLevelSite) {
    wire.partitionKey = { topLevelSite: c.partitionKey.topLevelSite };
    if (c.partitionKey.hasCrossSiteAncestor !== undefined) {
      wire.partitionKey.hasCrossSiteAncestor = c.partitionKey.hasCrossSiteAncestor;
    }
  }
  return wire;
}

function identity(c) {
  return [c.name, c.domain, c.path, c.storeId, c.partitionKey?.topLevelSite ?? ''].join('\u0000');
}

/**
 * Every cookie of one store covered by `syncDomain`: unpartitioned ones, and partitioned ones
 * where the browser lets getAll take `partitionKey: {}` (older browsers throw on it).
 */
export async function cookiesOf(api, syncDomain, storeId) {
  const found = new Map();
  const add = (list) => {
    for (const c of list ?? []) {
      if (covers(syncDomain, c.domain)) found.set(identity(c), c);
    }
  };
  add(await api.getAll({ domain: syncDomain.host, storeId }));
  try {
    add(await api.getAll({ domain: syncDomain.host, storeId, partitionKey: {} }));
  } catch {
    // This browser has no partitioned cookie support in getAll; unpartitioned ones are complete.
  }
  return [...found.values()].map(toWireCookie);
}

export class CookieSync {
  constructor({ api, send, newId, onError = () => {} }) {
    this.api = api;
    this.send = send;
    this.newId = newId;
    this.onError = onError;
    this.settings = { enabled: false, domains: [] };
    this.known = new Set();
    this.answered = new Set();
    this.inFlight = 0;
    this.held = [];
  }

  /**
   * Applies settings.cookieSync. `fresh` (a new host session) forgets what was snapshotted, so each
   * sync domain gets a snapshot again: changes made while no host listened are then covered.
   * Resolves when the snapshots it started were sent.
   */
  apply(cookieSync, { fresh = false } = {}) {
    this.settings = { enabled: Boolean(cookieSync?.enabled), domains: cookieSync?.domains ?? [] };
    if (fresh || !this.settings.enabled) {
      this.known.clear();
    }
    if (!this.settings.enabled) {
      return Promise.resolve();
    }
    const current = new Set(this.settings.domains.map(syncDomainKey));
    for (const key of [...this.known]) {
      if (!current.has(key)) this.known.delete(key);
    }
    const added = this.settings.domains.filter((d) => !this.known.has(syncDomainKey(d)));
    added.forEach((d) => this.known.add(syncDomainKey(d)));
    // The host follows settings that add a domain (or turn sync on) with a cookies.resync for it;
    // the snapshot started here already answers that one resync.
    this.answered = new Set(fresh ? [] : added.map(syncDomainKey));
    return Promise.all(added.map((d) => this.snapshot(d))).then(() => undefined);
  }

  /** Answers the host's cookies.resync; ignored while sync is off. */
  resync(domain, includeSubdomains) {
    if (!this.settings.enabled) {
      return Promise.resolve();
    }
    const syncDomain = { host: domain, includeSubdomains: includeSubdomains !== false };
    const key = syncDomainKey(syncDomain);
    if (this.answered.delete(key)) {
      return Promise.resolve();
    }
    // A resync that comes before the settings listing its domain: those settings then need no
    // second snapshot.
    this.known.add(key);
    return this.snapshot(syncDomain);
  }

  /** One cookies.snapshot per cookie store. Changes seen meanwhile are sent after it. */
  async snapshot(syncDomain) {
    this.inFlight += 1;
    try {
      const stores = await this.api.getAllCookieStores();
      const storeIds = stores.length > 0 ? stores.map((s) => s.id) : ['0'];
      for (const storeId of storeIds) {
        const cookies = await cookiesOf(this.api, syncDomain, storeId);
        this.send({ type: 'cookies.snapshot', id: this.newId(), domain: syncDomain.host, storeId, cookies });
      }
    } catch (e) {
      this.onError(e);
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) {
        const held = this.held;
        this.held = [];
        held.forEach((m) => this.send(m));
      }
    }
  }

  /** chrome.cookies.onChanged: a cookies.changed for a cookie inside a sync domain. */
  changed(changeInfo) {
    const { cookie, removed, cause } = changeInfo;
    if (domainsCovering(this.settings, cookie.domain).length === 0) {
      return null;
    }
    const message = { type: 'cookies.changed', id: this.newId(), cookie: toWireCookie(cookie), removed: Boolean(removed), cause };
    if (this.inFlight > 0) {
      this.held.push(message);
    } else {
      this.send(message);
    }
    return message;
  }
}
