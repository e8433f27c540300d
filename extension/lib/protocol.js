/** Builders for the extension's messages of protocol version 1 (docs/protocol.md). */

export const PROTOCOL_VERSION = 1;
export const HOST_NAME = 'dev.interceptor.bridge';

/**
 * The browser's lower-case name from navigator.userAgentData.brands. Brands list "Chromium" for
 * every Chromium browser plus the product's own brand when it has one; Brave shows none of its own.
 */
export function browserName(brands) {
  const names = (brands ?? []).map((b) => String(b.brand ?? '').toLowerCase());
  const known = [
    ['microsoft edge', 'edge'],
    ['opera', 'opera'],
    ['vivaldi', 'vivaldi'],
    ['brave', 'brave'],
    ['google chrome', 'chrome'],
  ];
  for (const [brand, name] of known) {
    if (names.some((n) => n.includes(brand))) return name;
  }
  return names.includes('chromium') ? 'chromium' : 'unknown';
}

export function helloMessage({ extensionVersion, browser, profile = '' }) {
  return { type: 'hello', protocolVersion: PROTOCOL_VERSION, extensionVersion, browser, profile };
}

const CHANGE_FIELDS = ['captureEnabled', 'cookieSyncEnabled', 'addSyncDomain', 'removeSyncDomain'];

/** A `settings.change` holding only the known fields the popup gave. */
export function settingsChangeMessage(id, change) {
  const message = { type: 'settings.change', id };
  for (const field of CHANGE_FIELDS) {
    if (change[field] !== undefined && change[field] !== null) {
      message[field] = change[field];
    }
  }
  if (Object.keys(message).length === 2) {
    throw new Error('a settings change needs at least one field');
  }
  return message;
}
