/**
 * Sync domain matching, the same rule as the host's: a cookie domain (leading dot ignored, case
 * ignored) belongs to a sync domain when it equals the host, or, for an entry that includes
 * subdomains, ends with "." + host.
 */

export function normalizeCookieDomain(cookieDomain) {
  const d = String(cookieDomain ?? '');
  return (d.startsWith('.') ? d.slice(1) : d).toLowerCase();
}

/** True when `syncDomain` ({host, includeSubdomains}) covers a cookie of `cookieDomain`. */
export function covers(syncDomain, cookieDomain) {
  const d = normalizeCookieDomain(cookieDomain);
  const host = String(syncDomain.host).toLowerCase();
  if (d === host) {
    return true;
  }
  return syncDomain.includeSubdomains !== false && d.endsWith('.' + host);
}

/**
 * The sync domains (from settings.cookieSync) that cover a cookie domain; empty when sync is off.
 * Several entries may cover one cookie (example.com and api.example.com): each is told.
 */
export function domainsCovering(cookieSync, cookieDomain) {
  if (!cookieSync || !cookieSync.enabled) {
    return [];
  }
  return (cookieSync.domains ?? []).filter((d) => covers(d, cookieDomain));
}

/** A stable key for a sync domain entry, used to notice entries that are new. */
export function syncDomainKey(syncDomain) {
  return `${String(syncDomain.host).toLowerCase()}|${syncDomain.includeSubdomains !== false}`;
}
