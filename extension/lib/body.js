/**
 * Turns webRequest's `requestBody` into the contract's body fields: `text` when the raw bytes are
 * UTF-8 text (decoded without loss), `base64` otherwise, `formData` when the browser only gave
 * decoded form fields. File parts of a multipart body are never exposed by the browser; their
 * presence is reported as `filePartsOmitted` when the browser lets it be seen. When the browser
 * decoded a multipart body into form fields it gives a file part's name as its value, and nothing
 * tells it apart from a text field; a body it could not expose at all (a Blob) comes as `error`
 * and is sent as no body.
 */

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Control characters other than tab, line feed, form feed and carriage return mark binary data. */
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

function toUint8(bytes) {
  if (bytes instanceof Uint8Array) return bytes;
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Uint8Array(bytes);
}

function concat(parts, total) {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** RFC 4648 base64 with padding, in slices so large bodies do not overflow the call stack. */
export function toBase64(bytes) {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

/** The bytes as text when they decode as UTF-8 without loss and hold no binary controls. */
export function asText(bytes) {
  let text;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
  return BINARY_CONTROL.test(text) ? null : text;
}

/**
 * Encodes raw bytes, truncated to `maxBytes`. A cut may split a UTF-8 sequence; such a prefix is
 * then sent as base64, which keeps every byte that was captured.
 */
export function encodeBytes(bytes, maxBytes = DEFAULT_MAX_BODY_BYTES) {
  const kept = bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes;
  const text = asText(kept);
  return {
    body: text === null ? { base64: toBase64(kept) } : { text },
    bodySize: bytes.length,
    bodyTruncated: kept.length < bytes.length,
  };
}

function formFields(formData) {
  const fields = [];
  for (const [name, values] of Object.entries(formData)) {
    for (const value of values ?? []) {
      fields.push({ name, value: String(value) });
    }
  }
  return fields;
}

/**
 * Encodes `details.requestBody` (may be undefined). Raw bytes are preferred because they are what
 * was sent; form fields are used when the browser gave no raw bytes (URL-encoded forms).
 * Returns {body?, bodySize?, bodyTruncated, filePartsOmitted}; bodySize is absent for form fields.
 */
export function encodeRequestBody(requestBody, maxBytes = DEFAULT_MAX_BODY_BYTES) {
  const none = { bodyTruncated: false, filePartsOmitted: false };
  if (!requestBody || requestBody.error) {
    return none;
  }
  const raw = requestBody.raw ?? [];
  const byteParts = raw.filter((part) => part.bytes !== undefined).map((part) => toUint8(part.bytes));
  // Chromium reports a file from disk as {file}, but leaves a Blob-backed part out of `raw`
  // altogether. The renderer merges adjacent data into one element, so two byte elements mean
  // something the browser did not expose sat between them.
  const fileParts = raw.some((part) => part.file !== undefined) || byteParts.length > 1;

  if (byteParts.length > 0) {
    const total = byteParts.reduce((n, p) => n + p.length, 0);
    return { ...encodeBytes(concat(byteParts, total), maxBytes), filePartsOmitted: fileParts };
  }
  if (requestBody.formData) {
    // No size: the browser does not say how many bytes the form had; the host derives one.
    return { body: { formData: formFields(requestBody.formData) }, bodyTruncated: false, filePartsOmitted: fileParts };
  }
  return { ...none, filePartsOmitted: fileParts };
}
