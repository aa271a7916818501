// A panic costs one call, not the page: the module restarts from its
// compiled code, later calls work, and handles made before say they are
// stale. And wasm memory stays flat over 100,000 handles freed.
// Its own file: the restart is process-wide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as iso from '../../bindings/js/node.js';
import * as realRaw from '../../bindings/js/pkg/iso9001_wasm.js';
import { makeApi, Iso9001Error } from '../../bindings/js/api.js';

test('a trap fails its own call; the module restarts and later calls work', () => {
  // The real module, with one clause number that panics inside it.
  const raw = new Proxy(realRaw, {
    get: (t, k) => (k === 'clauseJson' ? (n, ...rest) => (n === 'TRAP' ? t.__testTrap() : t.clauseJson(n, ...rest)) : t[k]),
  });
  const api = makeApi(() => raw);
  const before = api.createCalendar();
  const due = { kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } };
  const answer = before.query(due);
  assert.throws(
    () => api.clause('TRAP'),
    (e) => e instanceof Iso9001Error && e.code === 'panic' && e.message.includes('a trap asked for by a test'),
  );
  // Later calls work, through this API and the package's.
  assert.equal(api.clause('7.1.6').number, '7.1.6');
  assert.equal(iso.clause('7.1.6', { lang: 'en' }).title, 'Organizational knowledge');
  // A handle made before the restart says so, and freeing it is harmless.
  assert.throws(() => before.query(due), (e) => e instanceof Iso9001Error && e.code === 'stale_handle');
  before.free();
  const after = api.createCalendar();
  assert.deepEqual(after.query(due), answer);
  after.free();
  // A module that cannot restart is poisoned, never computed on again.
  let calls = 0;
  const brokenModule = {
    clauseJson: () => {
      calls += 1;
      throw new WebAssembly.RuntimeError('unreachable');
    },
    lastPanic: () => 'boom',
  };
  const broken = makeApi(() => brokenModule);
  assert.throws(() => broken.clause('4.1'), (e) => e.code === 'panic' && e.message.includes('boom'));
  assert.throws(() => broken.clause('4.1'), (e) => e.code === 'poisoned');
  assert.equal(calls, 1);
});

test('100,000 handles created and freed leave wasm memory flat', () => {
  const policy = { codePatterns: ['QT.{UNIT}.{NN}'] };
  const config = { officeHours: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }] };
  // Warm up: the first handles size the heap.
  for (let i = 0; i < 200; i++) {
    iso.createCalendar(config).free();
    iso.createChecker(policy).free();
    iso.createCalendar().free();
  }
  const start = iso.memoryBytes();
  // 100,000 handles: checkers and default calendars, and calendars with
  // their own configuration (each builds its tables: fewer, they are slow).
  for (let i = 0; i < 49_000; i++) {
    iso.createChecker(policy).free();
    iso.createCalendar().free();
  }
  for (let i = 0; i < 2_000; i++) iso.createCalendar(config).free();
  const end = iso.memoryBytes();
  assert.ok(end - start <= 1 << 20, `wasm memory grew from ${start} to ${end} bytes`);
  // Forgotten default calendars share their tables: 10,000 cost little.
  const kept = [];
  const base = iso.memoryBytes();
  for (let i = 0; i < 10_000; i++) kept.push(iso.createCalendar());
  assert.ok(iso.memoryBytes() - base <= 1 << 20, `10,000 default calendars took ${iso.memoryBytes() - base} bytes`);
  for (const c of kept) c.free();
});
