// Node tests of the wasm package (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as iso from '../../bindings/js/node.js';
import { makeApi, Iso9001Error } from '../../bindings/js/api.js';

test('clause lookup returns plain objects in Vietnamese by default', () => {
  const c = iso.clause('7.1.6');
  assert.equal(c.title, 'Tri thức của tổ chức');
  assert.equal(c.parent.number, '7.1');
  assert.equal(Object.getPrototypeOf(c), Object.prototype);
  assert.equal(iso.clause(' 7.1.6. ', { lang: 'en' }).title, 'Organizational knowledge');
  assert.equal(iso.clause('8.5.3', { edition: '2008', lang: 'en' }).title, 'Preventive action');
});

test('search ignores case and diacritics', () => {
  const hits = iso.search('hoach dinh', { edition: '2015' });
  assert.equal(hits[0].number, '6');
  assert.equal(hits[0].title, 'Hoạch định');
  assert.deepEqual(iso.search('Tri Thức', { limit: 1 }).map((h) => h.number), ['7.1.6']);
  assert.deepEqual(iso.search('đánh giá nội bộ', { edition: '2015' })[0].number, '9.2');
});

test('map, tree, editions and transition', () => {
  assert.deepEqual(iso.map('8.5.3', '2008', '2015').targets.map((t) => t.number), ['6.1', '10.3']);
  const tree = iso.tree({ edition: '2008', lang: 'en' });
  assert.ok(tree.some((e) => e.number === '5.5.2' && e.title === 'Management representative'));
  assert.deepEqual(iso.editions().map((e) => e.id), ['2026', '2015', '2008', '2000']);
  assert.deepEqual(iso.editions().filter((e) => e.nationalDefault).map((e) => e.id), ['2015']);
  assert.deepEqual(iso.map('6.1.2', '2015', '2026').targets.map((t) => t.number), ['6.1.2', '6.1.3']);
  assert.equal(iso.clause('6.1.3', { edition: '2026', lang: 'en' }).title, 'Actions to address opportunities');
  const t = iso.transition({ from: '2008', to: '2015', covered: ['4.2.3', '8.2.2'] });
  assert.deepEqual(t.newClauses.map((c) => c.number), ['7.1.6']);
  assert.equal(iso.version(), '0.1.0');
});

test('errors are Error objects with a stable code and the field', () => {
  const expectError = (fn, code, field, message) => {
    assert.throws(fn, (e) => {
      assert.ok(e instanceof Error);
      assert.ok(e instanceof iso.Iso9001Error);
      assert.equal(e.name, 'Iso9001Error');
      assert.equal(e.code, code);
      assert.equal(e.field, field);
      if (message) assert.equal(e.message, message);
      return true;
    });
  };
  expectError(() => iso.clause('11.1'), 'unknown_clause', null, 'Điều khoản 11.1 không có trong TCVN ISO 9001:2015');
  expectError(() => iso.clause('11.1', { lang: 'en' }), 'unknown_clause', null, 'clause 11.1 does not exist in ISO 9001:2015');
  expectError(() => iso.clause('abc'), 'invalid_clause_number', null);
  expectError(() => iso.clause('4', { edition: '1994' }), 'unknown_edition', null);
  expectError(() => iso.clause('4', { lang: 'fr' }), 'unknown_language', null);
  expectError(() => iso.search('x', { limit: 'ten' }), 'invalid_input', '/limit');
  expectError(() => iso.search('x', { bogus: true }), 'invalid_input', '/bogus');
  expectError(() => iso.transition({ from: '2008' }), 'invalid_input', '/covered');
  expectError(() => iso.transition({ covered: ['4.2.3', 7] }), 'invalid_input', '/covered/1');
  expectError(() => iso.map('4.1', '2015', '1987'), 'unknown_edition', null);
  // The module still answers after errors.
  assert.equal(iso.clause('4.1').number, '4.1');
});

test('a trap inside the module poisons the API instead of failing silently', () => {
  let calls = 0;
  const fakeRaw = {
    clauseJson: () => {
      calls += 1;
      throw new WebAssembly.RuntimeError('unreachable');
    },
    lastPanic: () => 'panicked at core/src/x.rs:1:1: boom',
  };
  const api = makeApi(() => fakeRaw);
  assert.throws(() => api.clause('4.1'), (e) => e instanceof Iso9001Error && e.code === 'panic' && e.message.includes('boom'));
  assert.throws(() => api.clause('4.1'), (e) => e.code === 'poisoned');
  assert.equal(calls, 1, 'no call reaches a poisoned instance');
});

test('raw JSON equals the parsed answer re-serialised by the core', () => {
  const text = iso.rawJson('clause', '7.1.6', null, 'vi');
  assert.equal(text, JSON.stringify(iso.clause('7.1.6')));
});

import { readFileSync } from 'node:fs';

const example = (p) => readFileSync(new URL(`../../examples/${p}`, import.meta.url), 'utf8');

test('document control: a checker from the policy checks documents and registers', () => {
  const checker = iso.createChecker(JSON.parse(example('policy.json')));
  const asOf = '2026-11-22';
  const clean = checker.checkDocument(JSON.parse(example('documents/qt-kiem-soat-tai-lieu.json')), { asOf });
  assert.equal(clean.passed, true);
  assert.deepEqual(clean.findings, []);
  const birth = checker.checkDocument(example('documents/qt-dang-ky-khai-sinh.json'), { asOf, lang: 'en' });
  assert.equal(birth.passed, false);
  assert.deepEqual(birth.findings.map((f) => f.rule).sort(), ['DOC-023', 'DOC-023', 'DOC-033', 'DOC-036', 'DOC-037', 'DOC-060', 'DOC-071']);
  const stale = birth.findings.find((f) => f.rule === 'DOC-023');
  assert.equal(stale.pointer, '/legalBasis/3/number');
  assert.match(stale.message, /replaced by 118\/2025\/NĐ-CP;/);
  const reg = checker.checkRegister(JSON.parse(example('register/register.json')), { asOf });
  assert.deepEqual(reg.findings.map((f) => f.rule).sort(), ['DOC-023', 'REG-001', 'REG-005', 'REG-007']);
  assert.equal(reg.summary.documents, 9);
  assert.throws(
    () => checker.checkDocument({ kind: 'tthc', issue: 'x', status: 'draft' }, { asOf }),
    (e) => e instanceof iso.Iso9001Error && e.code === 'invalid_input' && e.field === '/issue',
  );
  assert.throws(
    () => checker.checkDocument(example('documents/qt-kiem-soat-tai-lieu.json')),
    (e) => e.code === 'invalid_input' && e.field === 'asOf',
  );
  checker.free();
});

test('one checker checks the same register at two dates', () => {
  // A portal keeps one checker past midnight: each call says its date.
  const checker = iso.createChecker();
  const reg = {
    documents: [{
      code: 'QT.VP.01', title: 'Kiểm soát tài liệu', kind: 'system', issue: 1, status: 'effective',
      effectiveOn: '2025-12-01', distribution: [{ unit: 'Văn phòng' }],
    }],
  };
  const before = checker.checkRegister(reg, { asOf: '2026-11-30' });
  const after = checker.checkRegister(reg, { asOf: '2026-12-02' });
  assert.equal(before.summary.overdueReviews, 0);
  assert.equal(after.summary.overdueReviews, 1);
  assert.ok(after.findings.some((f) => f.rule === 'DOC-060'));
  checker.free();
});

test('a bad policy is refused naming the field', () => {
  assert.throws(
    () => iso.createChecker({ asOf: '2026-11-22', disabledRules: ['DOC-999'] }),
    (e) => e.code === 'invalid_input' && e.field === '/disabledRules/0',
  );
  assert.throws(() => iso.createChecker({ asOf: '22/11/2026' }), (e) => e.field === '/asOf');
});

test('document numbers and the rule catalogue', () => {
  const ok = iso.documentNumber('19/2014/QĐ-TTg');
  assert.equal(ok.valid, true);
  assert.equal(ok.parsed.typeName, 'quyết định');
  const bad = iso.documentNumber('30/2020/NDCP', { lang: 'en' });
  assert.deepEqual([bad.valid, bad.problem.kind, bad.reason], [false, 'unknownType', '“NDCP” is not a document type abbreviation']);
  const rules = iso.rules({ lang: 'en' });
  assert.ok(rules.some((r) => r.id === 'DOC-033' && r.severity === 'error' && r.clause === '8.1'));
});

test('the working calendar: appointments, days, lunar dates and dossiers', () => {
  const cal = iso.createCalendar();
  const due = cal.query({ kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } });
  assert.equal(due.kind, 'due');
  assert.equal(due.appointment.dueDate, '2026-02-27');
  assert.equal(due.appointment.note, 'nhận sau 15:00: thời hạn tính từ ngày làm việc tiếp theo');
  const day = cal.query({ kind: 'day', date: '2026-02-17' }, { lang: 'en' });
  assert.deepEqual([day.day.working, day.day.kind, day.day.holiday], [false, 'holiday', 'tet']);
  assert.deepEqual(cal.query({ kind: 'toLunar', date: '2026-02-17' }).lunar, { year: 2026, month: 1, day: 1, leap: false });
  const report = cal.trackDossiers(example('calendar/dossiers.json'));
  assert.deepEqual(report.dossiers.map((d) => d.status), ['early', 'onTime', 'inProgress', 'overdue']);
  assert.equal(report.overall.onTimeRate, 100);
  assert.throws(() => cal.query({ kind: 'day', date: '2026-02-30' }), (e) => e.code === 'invalid_input' && e.field === '/date');
  assert.throws(() => cal.query({ kind: 'addWorkingDays', from: '2026-01-01', days: -1 }), (e) => e.field === '/days');
  assert.throws(() => iso.createCalendar({ officeHours: [] }), (e) => e.field === '/officeHours');
  // Many questions in one call: in order, a bad one refused in its place.
  const answers = cal.queryBatch([
    { kind: 'addWorkingDays', from: '2026-02-12', days: 2 },
    { kind: 'day', date: '2026-02-30' },
    { kind: 'due', received: '2026-02-12T16:10', limit: { value: 5, unit: 'workingDays' } },
  ]);
  assert.deepEqual(answers.map((a) => a.kind), ['addWorkingDays', 'error', 'due']);
  assert.equal(answers[0].date, '2026-02-23');
  assert.deepEqual([answers[1].error.code, answers[1].error.field], ['invalid_input', '/1/date']);
  assert.deepEqual(answers[2], due);
  assert.throws(() => cal.queryBatch({ kind: 'day', date: '2026-02-17' }), (e) => e.code === 'invalid_input');
  cal.free();
  const custom = iso.createCalendar(example('calendar/config.json'));
  assert.equal(custom.query({ kind: 'day', date: '2027-02-04' }).day.working, false);
  custom.free();
});

test('audit scoring, corrective actions and the inspector view', () => {
  const req = JSON.parse(example('audit/audit-2026.json'));
  const r = iso.audit(req);
  assert.equal(r.score.score, 81.8182);
  assert.equal(r.score.grade, 'good');
  assert.deepEqual(r.score.whatIf.map((w) => w.finding), ['NC-02', 'NC-01', 'NC-03']);
  assert.equal(r.score.readiness.ready, false);
  assert.deepEqual(r.programme.findings.map((f) => f.rule), ['AUD-003', 'AUD-005', 'AUD-003']);
  const flat = iso.audit({ ...req, options: { model: 'xccdfDefault', groupBy: 'unit' } }, { lang: 'en' });
  assert.equal(flat.score.model, 'xccdfDefault');
  assert.ok(flat.score.groups.some((g) => g.key === 'QLXD'));
  const q = iso.qms(example('audit/qms-2026.json'), { lang: 'en' });
  assert.equal(q.score, 65.22);
  assert.equal(q.grade, 'fair');
  assert.ok(q.findings.some((f) => f.rule === 'QMS-005'));
  assert.throws(() => iso.audit({ results: { items: [{ id: 'a', unit: 'A', clause: '12.1', result: 'compliant' }] } }),
    (e) => e.code === 'invalid_input' && e.field === '/results/items/0/clause');
  assert.ok(iso.auditRules({ lang: 'en' }).some((r) => r.id === 'NC-007'));
});

test('the README examples that need no browser run in Node', async () => {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const readme = readFileSync(new URL('../../bindings/js/README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => !b.includes('init('));
  assert.ok(blocks.length >= 2);
  const dir = new URL('./build/readme/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const node = new URL('../../bindings/js/node.js', import.meta.url).href;
  for (const [i, code] of blocks.entries()) {
    const file = new URL(`example-${i}.mjs`, dir);
    writeFileSync(file, code.replaceAll("from 'iso9001'", `from '${node}'`));
    await import(file.href); // throws if an example fails
  }
});

test('an annex of internal procedures is read procedure by procedure', () => {
  const bytes = readFileSync(new URL('../../tests/corpus/docx/45-phu-luc-so-noi-vu-tan-ha-quy-trinh-noi-bo-mot-bang.docx', import.meta.url));
  const all = iso.importDocxAll(bytes);
  assert.deepEqual(all.map((p) => p.document.tthcCode), ['2.001955', '1.013934', '1.013932']);
  assert.equal(all[1].document.form, 'annex');
  assert.equal(all[1].document.decision.number, '2315/QĐ-UBND');
  // Asked for one, the file is refused as several, in the caller's language.
  assert.throws(
    () => iso.importDocx(bytes, { lang: 'en' }),
    (e) => e instanceof iso.Iso9001Error && e.code === 'invalid_input' && e.message.includes('holds 3 procedures'),
  );
  // The one procedure of a procedure's file is an array of one.
  const one = readFileSync(new URL('../../tests/corpus/docx/01-xa-tan-phu-dang-ky-khai-sinh.docx', import.meta.url));
  assert.equal(iso.importDocxAll(one).length, 1);
  // The second procedure checks as the secretary read it: over its limit.
  const report = iso.createChecker().checkDocument(all[1].document, { asOf: '2026-12-03' });
  assert.deepEqual(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule), ['DOC-033']);
});
