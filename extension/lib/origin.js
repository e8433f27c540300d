/**
 * Which requests are never reported: the extension's own, the browser's own background traffic,
 * and anything that is not HTTP(S) or WebSocket (chrome:, chrome-extension:, data:, blob:...).
 */

const CAPTURED_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

export function hasCapturedScheme(url) {
  try {
    return CAPTURED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * True for a request this extension must not report. `ownId` is chrome.runtime.id.
 *
 * A request with no tab and no initiator comes from the browser itself (update checks, safe
 * browsing); pages' service workers have no tab either but do carry an initiator, so they stay.
 */
export function isIgnoredRequest(details, ownId) {
  if (!hasCapturedScheme(details.url)) {
    return true;
  }
  const ownOrigin = `chrome-extension://${ownId}`;
  const initiator = details.initiator ?? details.originUrl ?? '';
  if (initiator === ownOrigin || initiator.startsWith(ownOrigin + '/')) {
    return true;
  }
  if (String(details.documentUrl ?? '').startsWith(ownOrigin + '/')) {
    return true;
  }
  return details.tabId === -1 && !initiator;
}
