// A page that loads only the capabilities it uses: each part is a module
// of its own within the size budget, works alone, tells which part is
// missing when asked for another, and answers byte for byte as the whole
// module does. Its own file: the parts are loaded once per process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as whole from '../../bindings/js/node.js';
import * as web from '../../bindings/js/web.js';
import { makeApi } from '../../bindings/js/api.js';

const pkg = new URL('../../bindings/js/pkg/', import.meta.url);
const PARTS = ['catalogue', 'documents', 'calendar', 'audit', 'qms', 'html', 'docx'];
const wasm = (part) => readFileSync(new URL(`parts/${part}/iso9001_wasm_bg.wasm`, pkg));
const example = (p) => readFileSync(new URL(`../../examples/${p}`, import.meta.url), 'utf8');
const corpus = new URL('../corpus/docx/', import.meta.url);

// The budget of the performance issue (benches/README.md), in bytes.
const RAW = 700_000;
const GZIP = 220_000;

test('every part is within 700 KB raw and 220 KB gzip', () => {
  for (const part of PARTS) {
    const bytes = wasm(part);
    const gz = gzipSync(bytes, { level: 9 }).length;
    assert.ok(bytes.length <= RAW, `${part}: ${bytes.length} bytes raw`);
    assert.ok(gz <= GZIP, `${part}: ${gz} bytes gzip`);
  }
});

test('a page with the calendar alone', async () => {
  assert.throws(() => web.createCalendar(), (e) => e.code === 'not_initialized');
  assert.throws(() => web.version(), (e) => e.code === 'not_initialized');
  assert.throws(() => web.memoryBytes(), (e) => e.code === 'not_initialized');
  for (const parts of ['calendar', null, 5]) {
    await assert.rejects(web.init({ parts }), (e) => e.code === 'invalid_input' && e.field === 'parts');
  }
  await web.init({ parts: { calendar: wasm('calendar') } });
  const due = { kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } };
  const cal = web.createCalendar();
  assert.equal(cal.queryJson(due), whole.createCalendar().queryJson(due));
  assert.ok(web.version().length > 0);
  assert.ok(web.memoryBytes() > 0);
  // Another capability names its part, in both languages.
  assert.throws(
    () => web.createChecker(),
    (e) => e instanceof web.Iso9001Error && e.code === 'not_initialized' && e.message.includes("parts: ['documents']"),
  );
  assert.throws(() => web.clause('7.1.6'), (e) => e.code === 'not_initialized' && e.message.includes('catalogue'));
  await assert.rejects(web.init({ parts: ['nope'] }), (e) => e.code === 'invalid_input' && e.field === 'parts');
  assert.throws(() => web.rawJson('nope'), (e) => e.code === 'invalid_input' && e.field === 'name');
  cal.free();
});

test('a calendar stays with the module it was made in', async () => {
  // As after `init()` loads another module: the part that made the
  // calendar keeps serving it, even when the other one is poisoned.
  const part = await import('../../bindings/js/pkg/parts/calendar/iso9001_wasm.js');
  const due = { kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } };
  const other = {
    clauseJson: () => {
      throw new WebAssembly.RuntimeError('unreachable');
    },
    lastPanic: () => 'boom',
    __wbg_reset_state: () => {
      throw new Error('cannot restart');
    },
  };
  let current = part;
  const api = makeApi(() => current, () => [current]);
  const cal = api.createCalendar();
  current = other;
  assert.throws(() => api.clause('7.1.6'), (e) => e.code === 'panic');
  assert.throws(() => api.clause('7.1.6'), (e) => e.code === 'poisoned');
  assert.equal(cal.queryJson(due), whole.createCalendar().queryJson(due));
  assert.throws(() => cal.query({ kind: 'day' }), (e) => e.code === 'invalid_input' && e.field === '/date');
  cal.free();
});

test('the parts answer byte for byte as the whole module', async () => {
  await web.init({ parts: Object.fromEntries(PARTS.map((p) => [p, wasm(p)])) });
  const both = (fn) => {
    const run = (iso) => {
      try {
        return fn(iso);
      } catch (e) {
        return `${e.code}: ${e.message} (${e.field})`;
      }
    };
    assert.equal(run(web), run(whole));
  };
  both((iso) => iso.rawJson('clause', '7.1.6', null, 'vi'));
  both((iso) => iso.rawJson('search', 'hoach dinh', null, 'en'));
  both((iso) => iso.rawJson('map', '8.5.3', '2008', '2015', 'vi'));
  both((iso) => iso.rawJson('tree', '2026', 'en'));
  both((iso) => iso.rawJson('editions', 'vi'));
  both((iso) => iso.rawJson('rules', 'en'));
  both((iso) => iso.rawJson('auditRules', 'vi'));
  both((iso) => iso.rawJson('documentNumber', '2323/Qđ-UBND', 'vi'));
  both((iso) => iso.rawJson('audit', example('audit/audit-2026.json'), 'en'));
  both((iso) => iso.rawJson('qms', example('audit/qms-2026.json'), 'vi'));
  both((iso) => iso.renderHtml('audit', iso.rawJson('audit', example('audit/audit-2026.json'), 'vi')));
  both((iso) => iso.createChecker(example('policy.json')).checkRegisterJson(example('register/register.json'), { asOf: '2026-11-22' }));
  both((iso) => iso.createCalendar().trackDossiersJson(example('calendar/dossiers.json'), { lang: 'en' }));
  both((iso) => iso.createCalendar().queryBatchJson(example('calendar/queries.json')));
  // Word files: read in the docx part, checked in the documents part,
  // errors included, under the default policy and a strict one, and with
  // a date that is not one.
  const files = readdirSync(corpus).filter((f) => /\.docx?$/.test(f));
  assert.ok(files.length >= 19);
  for (const policy of [undefined, { limits: { maxSteps: 5 } }]) {
    for (const file of files) {
      const bytes = readFileSync(new URL(file, corpus));
      both((iso) => iso.rawJson('importDocx', bytes, 'en'));
      for (const o of [{ asOf: '2026-12-01' }, { asOf: '2026-12-01', lang: 'en' }, { asOf: '1/12/2026' }]) {
        both((iso) => iso.createChecker(policy).checkDocxJson(bytes, o));
      }
    }
  }
});
