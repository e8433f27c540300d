import test from 'node:test';
import assert from 'node:assert/strict';
import { asText, encodeBytes, encodeRequestBody, toBase64 } from '../lib/body.js';

const utf8 = (s) => new TextEncoder().encode(s);
const buffer = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

test('encodeRequestBody_jsonRawBytes_sendsTextWithSize', () => {
  const json = '{"sku":"A-1","qty":2,"name":"Zoë"}';

  const encoded = encodeRequestBody({ raw: [{ bytes: buffer(utf8(json)) }] });

  assert.deepEqual(encoded, {
    body: { text: json },
    bodySize: utf8(json).length,
    bodyTruncated: false,
    filePartsOmitted: false,
  });
});

test('encodeRequestBody_binaryRawBytes_sendsBase64', () => {
  const encoded = encodeRequestBody({ raw: [{ bytes: new Uint8Array([0x00, 0xff, 0x10, 0x80]).buffer }] });

  assert.deepEqual(encoded.body, { base64: 'AP8QgA==' });
  assert.equal(encoded.bodySize, 4);
});

test('encodeRequestBody_validUtf8WithNul_sendsBase64', () => {
  const encoded = encodeRequestBody({ raw: [{ bytes: new Uint8Array([0x61, 0x00, 0x62]).buffer }] });

  assert.deepEqual(encoded.body, { base64: 'YQBi' });
});

test('encodeRequestBody_formData_sendsFieldsInOrderWithRepeatedNames', () => {
  const encoded = encodeRequestBody({ formData: { user: ['alice'], tag: ['a', 'b'] } });

  assert.deepEqual(encoded, {
    body: { formData: [{ name: 'user', value: 'alice' }, { name: 'tag', value: 'a' }, { name: 'tag', value: 'b' }] },
    bodyTruncated: false,
    filePartsOmitted: false,
  });
});

test('encodeRequestBody_multipartWithFilePart_keepsTextPartsAndMarksFileOmitted', () => {
  const head = utf8('--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--b\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n\r\n');
  const tail = utf8('\r\n--b--\r\n');

  const encoded = encodeRequestBody({ raw: [{ bytes: buffer(head) }, { file: '' }, { bytes: buffer(tail) }] });

  assert.equal(encoded.filePartsOmitted, true);
  assert.equal(encoded.body.text, new TextDecoder().decode(head) + '\r\n--b--\r\n');
  assert.equal(encoded.bodySize, head.length + tail.length);
});

test('encodeRequestBody_blobPartLeftOutBetweenByteElements_marksFileOmitted', () => {
  // As Chromium 156 reports `FormData` with a Blob part: the Blob's element is simply absent.
  const head = utf8('--b\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n\r\n');
  const tail = utf8('\r\n--b--\r\n');

  const encoded = encodeRequestBody({ raw: [{ bytes: buffer(head) }, { bytes: buffer(tail) }] });

  assert.equal(encoded.filePartsOmitted, true);
  assert.equal(encoded.bodySize, head.length + tail.length);
});

test('encodeRequestBody_singleByteElement_isWholeBody', () => {
  const encoded = encodeRequestBody({ raw: [{ bytes: buffer(utf8('a=1')) }] });

  assert.equal(encoded.filePartsOmitted, false);
});

test('encodeRequestBody_onlyFilePart_marksOmittedWithoutBody', () => {
  const encoded = encodeRequestBody({ raw: [{ file: '/tmp/x' }] });

  assert.deepEqual(encoded, { bodyTruncated: false, filePartsOmitted: true });
});

test('encodeRequestBody_noBodyOrError_sendsNothing', () => {
  assert.deepEqual(encodeRequestBody(undefined), { bodyTruncated: false, filePartsOmitted: false });
  assert.deepEqual(encodeRequestBody({ error: 'Unknown error.' }), { bodyTruncated: false, filePartsOmitted: false });
});

test('encodeBytes_overLimit_truncatesAndKeepsWholeSize', () => {
  const encoded = encodeBytes(utf8('abcdefgh'), 3);

  assert.deepEqual(encoded, { body: { text: 'abc' }, bodySize: 8, bodyTruncated: true });
});

test('encodeBytes_cutInsideUtf8Sequence_fallsBackToBase64', () => {
  const bytes = utf8('aé');

  const encoded = encodeBytes(bytes, 2);

  assert.deepEqual(encoded.body, { base64: Buffer.from([0x61, 0xc3]).toString('base64') });
  assert.equal(encoded.bodyTruncated, true);
});

test('toBase64_largeInput_matchesNodeBase64', () => {
  const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) & 0xff);

  assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
});

test('asText_byteOrderMark_isKept', () => {
  assert.equal(asText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), '\ufeffa');
});
