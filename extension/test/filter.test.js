import test from 'node:test';
import assert from 'node:assert/strict';
import { compileCaptureFilter, compilePattern, resourceGroup } from '../lib/filter.js';

const on = (filter) => ({ enabled: true, filter: { include: '', exclude: '', methods: [], types: [], ...filter } });
const req = (url, method = 'GET', type = 'xmlhttprequest') => ({ url, method, type });

test('filter_captureOff_dropsEverything', () => {
  const keep = compileCaptureFilter({ enabled: false, filter: { include: '', exclude: '', methods: [], types: [] } });

  assert.equal(keep(req('https://a.test/api')), false);
});

test('filter_noSettings_dropsEverything', () => {
  assert.equal(compileCaptureFilter(undefined)(req('https://a.test/')), false);
});

const cases = [
  ['empty filter keeps all', {}, req('https://a.test/x.png', 'GET', 'image'), true],
  ['include is a search, not a full match', { include: '/api/' }, req('https://a.test/v1/api/orders'), true],
  ['include misses', { include: '/api/' }, req('https://a.test/static/app.js'), false],
  ['exclude wins over include', { include: 'a\\.test', exclude: '\\.png$' }, req('https://a.test/x.png'), false],
  ['exclude checks the query too', { exclude: 'token=' }, req('https://a.test/p?token=1'), false],
  ['method compared without case', { methods: ['POST'] }, req('https://a.test/', 'post'), true],
  ['method lower case in settings', { methods: ['patch'] }, req('https://a.test/', 'PATCH'), true],
  ['method not listed', { methods: ['GET', 'POST'] }, req('https://a.test/', 'DELETE'), false],
  ['xhr group holds xmlhttprequest', { types: ['xhr'] }, req('https://a.test/'), true],
  ['document group holds sub_frame', { types: ['document'] }, req('https://a.test/', 'GET', 'sub_frame'), true],
  ['unknown browser type is other', { types: ['other'] }, req('https://a.test/', 'GET', 'csp_report'), true],
  ['type not listed', { types: ['xhr'] }, req('https://a.test/', 'GET', 'script'), false],
  ['RE2 case flag', { include: '(?i)/API/' }, req('https://a.test/api/x'), true],
  ['RE2 named group', { include: '/(?P<v>v[0-9]+)/' }, req('https://a.test/v2/x'), true],
  ['RE2 text anchors', { include: '\\Ahttps://a\\.test/x\\z' }, req('https://a.test/x'), true],
  ['uncompilable include keeps (host decides)', { include: '(?<!' }, req('https://a.test/'), true],
  ['uncompilable exclude keeps (host decides)', { exclude: '[' }, req('https://a.test/'), true],
];

for (const [name, filter, request, expected] of cases) {
  test(`filter_${name.replaceAll(' ', '_')}`, () => {
    assert.equal(compileCaptureFilter(on(filter))(request), expected);
  });
}

test('resourceGroup_browserTypes_mapToContractGroups', () => {
  const mapped = ['xmlhttprequest', 'main_frame', 'sub_frame', 'script', 'stylesheet', 'image', 'font', 'media', 'websocket', 'ping', 'object'].map(resourceGroup);

  assert.deepEqual(mapped, ['xhr', 'document', 'document', 'script', 'stylesheet', 'image', 'font', 'media', 'websocket', 'other', 'other']);
});

test('compilePattern_empty_isUndefined_andBad_isNull', () => {
  assert.equal(compilePattern(''), undefined);
  assert.equal(compilePattern('('), null);
});
