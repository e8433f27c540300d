import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

const dir = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));

/** Chromium's rule: the first 32 hex digits of SHA-256 of the DER key, 0-f written as a-p. */
function extensionId(base64Der) {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode('a'.charCodeAt(0) + parseInt(h, 16))).join('');
}

test('key_isRsa2048PublicKeyInDer', () => {
  const key = createPublicKey({ key: Buffer.from(manifest.key, 'base64'), format: 'der', type: 'spki' });

  assert.equal(key.asymmetricKeyType, 'rsa');
  assert.equal(key.asymmetricKeyDetails.modulusLength, 2048);
});

test('extensionIdFile_matchesTheKey', () => {
  const recorded = readFileSync(new URL('EXTENSION_ID', dir), 'utf8').trim();

  assert.equal(recorded, extensionId(manifest.key));
  assert.match(recorded, /^[a-p]{32}$/);
});

test('readme_namesTheExtensionId', () => {
  const readme = readFileSync(new URL('README.md', dir), 'utf8');

  assert.ok(readme.includes(extensionId(manifest.key)));
});

test('manifest_declaresWhatTheWorkerUses', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['cookies', 'nativeMessaging', 'storage', 'webRequest']);
  assert.deepEqual(manifest.host_permissions, ['<all_urls>']);
  assert.equal(manifest.background.type, 'module');
});

test('files_referencedByManifest_exist', () => {
  for (const file of [manifest.background.service_worker, manifest.action.default_popup, 'popup.js', 'popup.css']) {
    assert.ok(readFileSync(new URL(file, dir)).length > 0, file);
  }
});
