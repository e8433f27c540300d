/**
 * Joins the webRequest events of one request (by requestId) into one `capture` message.
 *
 * The capture decision is made at onBeforeRequest, so a request the filter drops is never held. The
 * decision function returns true (keep), false (drop) or undefined (settings not known yet, as just
 * after a service-worker start): such a request is held and its capture comes out marked
 * `decided: false`, for the caller to filter once settings arrive. A redirect ends one capture
 * (the 3xx hop) and the next onBeforeRequest of the same requestId starts another.
 */
import { encodeRequestBody, DEFAULT_MAX_BODY_BYTES } from './body.js';
import { isIgnoredRequest } from './origin.js';

/** webRequest headers to the contract's header objects; binary values stay byte arrays. */
export function toWireHeaders(headers) {
  return (headers ?? []).map((h) =>
    h.value !== undefined
      ? { name: h.name, value: h.value }
      : { name: h.name, binaryValue: Array.from(h.binaryValue ?? []) },
  );
}

function responseFrom(details) {
  if (details.statusCode === undefined || details.statusCode === null) {
    return undefined;
  }
  return {
    status: details.statusCode,
    statusLine: details.statusLine ?? '',
    headers: toWireHeaders(details.responseHeaders),
  };
}

export class RequestJoiner {
  /**
   * @param {object} options
   * @param {string} options.ownId chrome.runtime.id, whose requests are never reported
   * @param {(info: {url: string, method: string, type: string}) => boolean | undefined} options.decide
   * @param {() => string} options.newId a fresh capture id
   * @param {number} [options.maxBodyBytes]
   * @param {number} [options.maxOpen] requests held at once; the oldest is forgotten past it
   */
  constructor({ ownId, decide, newId, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, maxOpen = 2000 }) {
    this.ownId = ownId;
    this.decide = decide;
    this.newId = newId;
    this.maxBodyBytes = maxBodyBytes;
    this.maxOpen = maxOpen;
    this.open = new Map();
  }

  get openCount() {
    return this.open.size;
  }

  beforeRequest(details) {
    if (isIgnoredRequest(details, this.ownId)) {
      return;
    }
    const decision = this.decide({ url: details.url, method: details.method, type: details.type });
    if (decision === false) {
      return;
    }
    const body = encodeRequestBody(details.requestBody, this.maxBodyBytes);
    this.open.set(details.requestId, {
      decided: decision === true,
      message: {
        type: 'capture',
        id: this.newId(),
        time: details.timeStamp,
        url: details.url,
        method: details.method,
        requestHeaders: [],
        ...body,
        resourceType: details.type ?? 'other',
        tabId: details.tabId ?? -1,
        ...(details.initiator ? { initiator: details.initiator } : {}),
      },
    });
    if (this.open.size > this.maxOpen) {
      this.open.delete(this.open.keys().next().value);
    }
  }

  /** onSendHeaders (or onBeforeSendHeaders): the headers as sent, with extraHeaders. */
  sendHeaders(details) {
    const entry = this.open.get(details.requestId);
    if (entry && details.requestHeaders) {
      entry.message.requestHeaders = toWireHeaders(details.requestHeaders);
    }
  }

  /** onHeadersReceived or onResponseStarted: the latest response head wins (auth retries). */
  responseHead(details) {
    const entry = this.open.get(details.requestId);
    const response = responseFrom(details);
    if (entry && response) {
      entry.message.response = response;
    }
  }

  /**
   * onBeforeRedirect: ends this hop. The browser's own internal redirects (HSTS upgrades) are no
   * network exchange and end without a capture.
   */
  beforeRedirect(details) {
    if (/internal redirect/i.test(details.statusLine ?? '')) {
      this.open.delete(details.requestId);
      return null;
    }
    this.responseHead(details);
    return this.finish(details.requestId);
  }

  completed(details) {
    this.responseHead(details);
    return this.finish(details.requestId);
  }

  errorOccurred(details) {
    const entry = this.open.get(details.requestId);
    if (entry) {
      entry.message.error = details.error ?? 'unknown error';
    }
    return this.finish(details.requestId);
  }

  /** Returns {message, decided} for a held request, or null when it was not held. */
  finish(requestId) {
    const entry = this.open.get(requestId);
    if (!entry) {
      return null;
    }
    this.open.delete(requestId);
    return entry;
  }
}
